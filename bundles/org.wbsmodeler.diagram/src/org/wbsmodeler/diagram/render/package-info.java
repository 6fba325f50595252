/**
 * Drawing: one painter, one small canvas interface, and the canvases for SVG and PNG (java.awt, headless). Text
 * is measured with the same font it is drawn with, before layout, so that it fits its box.
 */
package org.wbsmodeler.diagram.render;
