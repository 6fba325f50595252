package org.wbsmodeler.merge.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.wbsmodeler.merge.MergeException;
import org.wbsmodeler.merge.diff.PlanDiff;
import org.wbsmodeler.merge.threeway.MergeResult;
import org.wbsmodeler.merge.threeway.PlanMerge;
import org.wbsmodeler.model.Activity;
import org.wbsmodeler.model.Phase;
import org.wbsmodeler.model.Project;
import org.wbsmodeler.model.WbsElement;
import org.wbsmodeler.model.WorkPackage;
import org.wbsmodeler.model.io.ModelFiles;
import org.wbsmodeler.model.util.ModelBuilder;

/**
 * {@code wbs bench merge}: a generated plan of N activities (phases of work packages of 100 linked activities) and
 * two branches of it with E edits each (durations, names, new activities, deletions; some on the same elements),
 * timed in process: the diff of one branch and the three-way merge, medians after a warm-up. With {@code --write DIR}
 * the three plans are saved there too, for timing {@code wbs merge} end to end.
 */
public final class MergeBenchmark {

	private MergeBenchmark() {
	}

	/** Runs with {@code --activities N --edits E --seed S --runs R --write DIR}; returns the exit code. */
	public static int run(int activities, int edits, long seed, int runs, Path write, PrintStream out) throws IOException, MergeException {
		Random random = new Random(seed);
		Resource base = plan(activities);
		Resource ours = copy(base, "ours.wbs");
		Resource theirs = copy(base, "theirs.wbs");
		edit(ours, edits, random);
		edit(theirs, edits, random);
		if (write != null) {
			ModelFiles.save(base, write.resolve("base.wbs"));
			ModelFiles.save(ours, write.resolve("ours.wbs"));
			ModelFiles.save(theirs, write.resolve("theirs.wbs"));
		}
		long[] diffTimes = new long[runs];
		long[] mergeTimes = new long[runs];
		long[] diffCpu = new long[runs];
		long[] mergeCpu = new long[runs];
		// CPU time beside wall time: on a shared machine the wall clock also counts the others' builds. The process's,
		// not this thread's: the plans are indexed on several threads (and the collector's time is the work's too)
		int conflicts = 0;
		for (int i = -1; i < runs; i++) {
			long startCpu = processCpuNanos();
			long start = System.nanoTime();
			PlanDiff.compare(base, ours);
			long diffed = System.nanoTime();
			long diffedCpu = processCpuNanos();
			MergeResult result = PlanMerge.merge(base, ours, theirs);
			long merged = System.nanoTime();
			long mergedCpu = processCpuNanos();
			conflicts = result.conflicts().size();
			if (i >= 0) {
				diffTimes[i] = diffed - start;
				mergeTimes[i] = merged - diffed;
				diffCpu[i] = diffedCpu - startCpu;
				mergeCpu[i] = mergedCpu - diffedCpu;
			}
		}
		out.println("merge activities=" + activities + " edits=" + edits + " diff_ms=" + median(diffTimes) + " merge_ms=" + median(mergeTimes) + " conflicts="
				+ conflicts + " (diff_cpu_ms=" + median(diffCpu) + " merge_cpu_ms=" + median(mergeCpu) + ")");
		return 0;
	}

	private static long processCpuNanos() {
		return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
	}

	private static long median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return Math.round(sorted[sorted.length / 2] / 1e6);
	}

	/** Phases of 10 work packages of 100 activities, each activity linked to the one before it. */
	static Resource plan(int activities) {
		ModelBuilder build = new ModelBuilder();
		Project project = build.project("Merge benchmark", LocalDate.of(2027, 2, 1));
		int made = 0;
		for (int p = 0; made < activities; p++) {
			Phase phase = build.phase(project, "Phase " + p, null);
			for (int w = 0; w < 10 && made < activities; w++) {
				WorkPackage workPackage = build.workPackage(phase, "Work package " + p + "." + w, null);
				Activity previous = null;
				for (int a = 0; a < 100 && made < activities; a++, made++) {
					Activity activity = build.activity(workPackage, "Activity " + made, 1 + made % 5, 8);
					if (previous != null) {
						build.link(previous, activity);
					}
					previous = activity;
				}
			}
		}
		Resource resource = ModelFiles.newResourceSet().createResource(URI.createURI("base.wbs"));
		resource.getContents().add(project);
		return resource;
	}

	/** A copy with the same ids, as a second checkout of the file would load. */
	static Resource copy(Resource plan, String name) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> roots = copier.copyAll(plan.getContents());
		copier.copyReferences();
		XMLResource copy = (XMLResource) ModelFiles.newResourceSet().createResource(URI.createURI(name));
		copier.forEach((original, duplicate) -> copy.setID(duplicate, ((XMLResource) plan).getID(original)));
		copy.getContents().addAll(roots);
		return copy;
	}

	/** Edits as a team makes them: mostly durations and names, some new activities, a few deletions. */
	static void edit(Resource plan, int edits, Random random) {
		List<WorkPackage> packages = new ArrayList<>();
		List<Activity> activities = new ArrayList<>();
		for (var it = plan.getAllContents(); it.hasNext();) {
			EObject next = it.next();
			if (next instanceof WorkPackage workPackage) {
				packages.add(workPackage);
			} else if (next instanceof Activity activity) {
				activities.add(activity);
			}
		}
		ModelBuilder build = new ModelBuilder();
		for (int i = 0; i < edits; i++) {
			Activity activity = activities.get(random.nextInt(activities.size()));
			switch (random.nextInt(10)) {
			case 0, 1, 2, 3, 4 -> activity.setDuration(1 + random.nextInt(10));
			case 5, 6 -> activity.setName(activity.getName() + " (revised)");
			case 7, 8 -> build.activity(packages.get(random.nextInt(packages.size())), "New activity " + i, 2, 16);
			default -> {
				if (activity.eContainer() != null && activity.getPredecessors().isEmpty() && incoming(activity, activities) == null) {
					EcoreUtil.remove(activity);
				} else {
					activity.setOwner("Owner " + random.nextInt(5));
				}
			}
			}
		}
	}

	/** The activity linked after this one in its work package, if any (deleting it would leave a dangling link). */
	private static WbsElement incoming(Activity activity, List<Activity> activities) {
		var siblings = ((WorkPackage) activity.eContainer()).getChildren();
		int index = siblings.indexOf(activity);
		return index + 1 < siblings.size() ? siblings.get(index + 1) : null;
	}
}
