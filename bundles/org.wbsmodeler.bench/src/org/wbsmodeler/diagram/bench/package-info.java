/** The diagram benchmark and the synthetic diagrams it (and the tests) lay out. */
package org.wbsmodeler.diagram.bench;
