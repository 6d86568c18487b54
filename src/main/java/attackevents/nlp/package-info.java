/**
 * Language work behind the project's own types: OpenNLP language detection and a CoreNLP pipeline whose
 * output is converted at this package's edge into {@link attackevents.nlp.AnnotatedDocument}. CoreNLP and
 * OpenNLP types do not leave this package.
 */
package attackevents.nlp;
