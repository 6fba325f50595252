package org.wbsmodeler.risk.sampling;

/** The distributions of a three-point estimate (the model's {@code DurationDistribution}, without the model). */
public enum Shape {
	TRIANGULAR, BETA_PERT, UNIFORM
}
