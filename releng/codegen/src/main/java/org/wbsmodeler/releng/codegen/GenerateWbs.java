package org.wbsmodeler.releng.codegen;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Headless EMF code generation for the WBS metamodel: runs the real EMF generator
 * ({@code org.eclipse.emf.codegen.ecore}) outside Eclipse on {@code bundles/org.wbsmodeler.model/model/wbs.genmodel}.
 *
 * <p>Generates the model code ({@code org.wbsmodeler.model/src-gen}) and the EMF.Edit code
 * ({@code org.wbsmodeler.model.edit/src-gen}, its {@code icons/} and {@code plugin.properties}). The bundles'
 * MANIFEST.MF, plugin.xml and build.properties are hand-written and never touched. Existing Java files are merged
 * with JMerge, so methods marked {@code @generated NOT} survive regeneration.
 *
 * <p>Usage: {@code GenerateWbs <repository root> [--save-genmodel]}. With {@code --save-genmodel} the genmodel,
 * reconciled against wbs.ecore (new classes/features added, removed ones dropped), is written back.
 */
public final class GenerateWbs
{
  private static final String MODEL_PROJECT = "org.wbsmodeler.model";
  private static final String EDIT_PROJECT = "org.wbsmodeler.model.edit";

  private GenerateWbs()
  {
  }

  public static void main(String[] args) throws Exception
  {
    Path root = null;
    boolean saveGenModel = false;
    String genModelPath = "bundles/" + MODEL_PROJECT + "/model/wbs.genmodel";
    for (int i = 0; i < args.length; i++)
    {
      String arg = args[i];
      if ("--save-genmodel".equals(arg))
      {
        saveGenModel = true;
      }
      else if ("--genmodel".equals(arg) && i + 1 < args.length)
      {
        // an extension's genmodel (docs/extending.md), e.g. bundles/org.wbsmodeler.example.risk/model/risk.genmodel
        genModelPath = args[++i];
      }
      else if (arg.startsWith("-"))
      {
        throw new IllegalArgumentException("unknown option " + arg);
      }
      else
      {
        root = Path.of(arg);
      }
    }
    root = (root == null ? Path.of(".") : root).toAbsolutePath().normalize();
    Path modelBundle = root.resolve("bundles").resolve(MODEL_PROJECT);
    Path editBundle = root.resolve("bundles").resolve(EDIT_PROJECT);
    Path genModelFile = root.resolve(genModelPath).normalize();
    if (!Files.isRegularFile(genModelFile))
    {
      throw new IllegalArgumentException("no genmodel at " + genModelFile);
    }
    Files.createDirectories(editBundle);

    // --- stand-alone EMF setup (no OSGi, no workspace)
    EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
    EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
    Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());

    // platform:/resource/<project>/ -> bundle folders, for the genmodel's directories and the ecore references
    URI modelProjectURI = URI.createFileURI(modelBundle.toString()).appendSegment("");
    URI editProjectURI = URI.createFileURI(editBundle.toString()).appendSegment("");
    EcorePlugin.getPlatformResourceMap().put(MODEL_PROJECT, modelProjectURI);
    EcorePlugin.getPlatformResourceMap().put(EDIT_PROJECT, editProjectURI);
    ResourceSet resourceSet = new ResourceSetImpl();
    // every bundle is a "project", so an extension's genmodel finds ours (usedGenPackages) and writes into its bundle
    try (var bundles = Files.list(root.resolve("bundles")))
    {
      for (Path bundle : (Iterable<Path>)bundles.filter(Files::isDirectory)::iterator)
      {
        URI projectURI = URI.createFileURI(bundle.toString()).appendSegment("");
        EcorePlugin.getPlatformResourceMap().put(bundle.getFileName().toString(), projectURI);
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/" + bundle.getFileName() + "/", false), projectURI);
      }
    }

    // --- load, validate and reconcile
    Path relative = root.resolve("bundles").relativize(genModelFile);
    URI genModelURI = URI.createPlatformResourceURI("/" + relative.toString().replace('\\', '/'), true);
    Resource genModelResource = resourceSet.getResource(genModelURI, true);
    GenModel genModel = (GenModel)genModelResource.getContents().get(0);
    byte[] before = serialize(genModelResource);

    if (!genModel.reconcile())
    {
      fail("genmodel could not be reconciled with its Ecore model (missing or broken wbs.ecore?)");
    }
    List<String> problems = new ArrayList<>();
    for (GenPackage genPackage : genModel.getGenPackages())
    {
      collect(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()), problems);
    }
    collect(genModel.diagnose(), problems);
    if (!problems.isEmpty())
    {
      problems.forEach(p -> System.err.println("error: " + p));
      fail("wbs.ecore / wbs.genmodel have errors, nothing generated");
    }

    byte[] after = serialize(genModelResource);
    if (!java.util.Arrays.equals(before, after))
    {
      if (saveGenModel)
      {
        genModelResource.save(null);
        System.out.println("wbs.genmodel reconciled with wbs.ecore and saved");
      }
      else
      {
        System.out.println("note: wbs.genmodel is out of sync with wbs.ecore (generation uses the reconciled version);"
          + " run with --save-genmodel to write it back");
      }
    }

    // --- generate
    genModel.setCanGenerate(true);
    GeneratorAdapterFactory.Descriptor.Registry registry = new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
    registry.addDescriptor(GenModelPackage.eNS_URI, SourcesOnlyGeneratorAdapterFactory::new);
    Generator generator = new Generator(registry);
    generator.setInput(genModel);

    Monitor monitor = new BasicMonitor.Printing(System.out)
    {
      @Override
      public void subTask(String name)
      {
        // keep the output short: only files actually written are interesting
      }
    };
    for (Object projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE))
    {
      if (!generator.canGenerate(genModel, projectType))
      {
        fail("cannot generate " + projectType);
      }
      Diagnostic diagnostic = generator.generate(genModel, projectType, monitor);
      if (diagnostic.getSeverity() >= Diagnostic.WARNING)
      {
        print(diagnostic, "");
        if (diagnostic.getSeverity() == Diagnostic.ERROR)
        {
          fail("generation of " + projectType + " failed");
        }
      }
      System.out.println(projectType == GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE
        ? "generated model code into " + modelBundle.resolve("src-gen")
        : "generated edit code into " + editBundle.resolve("src-gen") + " (+ icons/, plugin.properties)");
    }
    generator.dispose();
  }

  /**
   * Generator adapters that leave the hand-written bundle metadata alone: no MANIFEST.MF, plugin.xml or
   * build.properties for either bundle, and no plugin.properties for the model bundle (it has no translatable
   * strings). Everything else (Java code, edit icons, edit plugin.properties) is generated as usual.
   */
  static final class SourcesOnlyGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory
  {
    @Override
    public Adapter createGenModelAdapter()
    {
      if (genModelGeneratorAdapter == null)
      {
        genModelGeneratorAdapter = new GenModelGeneratorAdapter(this)
        {
          @Override
          protected void generateModelManifest(GenModel genModel, Monitor monitor)
          {
            monitor.worked(2);
          }

          @Override
          protected void generateModelBuildProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected void generateModelPluginProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }

          @Override
          protected void generateEditManifest(GenModel genModel, Monitor monitor)
          {
            monitor.worked(2);
          }

          @Override
          protected void generateEditBuildProperties(GenModel genModel, Monitor monitor)
          {
            monitor.worked(1);
          }
        };
      }
      return genModelGeneratorAdapter;
    }
  }

  private static byte[] serialize(Resource resource) throws java.io.IOException
  {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    resource.save(out, null);
    return out.toByteArray();
  }

  private static void collect(Diagnostic diagnostic, List<String> problems)
  {
    if (diagnostic.getSeverity() == Diagnostic.ERROR && diagnostic.getChildren().isEmpty())
    {
      problems.add(diagnostic.getMessage());
    }
    for (Diagnostic child : diagnostic.getChildren())
    {
      collect(child, problems);
    }
  }

  private static void print(Diagnostic diagnostic, String indent)
  {
    System.err.println(indent + diagnostic.getMessage());
    for (Diagnostic child : diagnostic.getChildren())
    {
      print(child, indent + "  ");
    }
  }

  private static void fail(String message)
  {
    System.err.println("GenerateWbs: " + message);
    System.exit(1);
  }
}
