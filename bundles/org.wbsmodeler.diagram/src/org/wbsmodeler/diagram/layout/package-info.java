/**
 * Layout with the Eclipse Layout Kernel (mrtree for the WBS chart, layered for the network and inside processes)
 * plus the geometry ELK does not do for us: org-chart rows and buses, indented lists, the process column.
 * {@link org.wbsmodeler.diagram.layout.ElkSetup} registers the algorithms ELK cannot discover by itself in OSGi.
 */
package org.wbsmodeler.diagram.layout;
