/**
 */
package org.wbsmodeler.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The extension hook of the metamodel: a plug-in's EPackage defines classes that extend this one, and their instances hang on any WBS element (WbsElement.annotations). The core knows nothing of them; engines find them through the extension points of docs/extending.md.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.wbsmodeler.model.Annotation#getElement <em>Element</em>}</li>
 * </ul>
 *
 * @see org.wbsmodeler.model.WbsPackage#getAnnotation()
 * @model abstract="true"
 * @generated
 */
public interface Annotation extends EObject {
	/**
	 * Returns the value of the '<em><b>Element</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.wbsmodeler.model.WbsElement#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The element this annotation hangs on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Element</em>' container reference.
	 * @see org.wbsmodeler.model.WbsPackage#getAnnotation_Element()
	 * @see org.wbsmodeler.model.WbsElement#getAnnotations
	 * @model opposite="annotations" changeable="false"
	 * @generated
	 */
	WbsElement getElement();

} // Annotation
