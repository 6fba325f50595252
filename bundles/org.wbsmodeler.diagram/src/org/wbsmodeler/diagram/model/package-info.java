/**
 * The diagram model: boxes ({@link org.wbsmodeler.diagram.model.DiagramNode}), arrows
 * ({@link org.wbsmodeler.diagram.model.DiagramEdge}), their text and style, and after layout their absolute
 * geometry. It knows neither the EMF model nor any drawing toolkit, so builders, layout and canvases meet here.
 */
package org.wbsmodeler.diagram.model;
