/**
 * MUC-4 template files (the 1992 Message Understanding Conference answer keys and system responses).
 * {@link attackevents.eval.muc4.Muc4TemplateParser} reads a file into faithful {@link attackevents.eval.muc4.Muc4Template}s;
 * {@link attackevents.eval.muc4.Muc4Gold} maps keys to gold articles and {@link attackevents.eval.muc4.Muc4Responses}
 * maps responses to predicted article records, both per {@code shared/spec/muc4-mapping.md}.
 */
package attackevents.eval.muc4;
