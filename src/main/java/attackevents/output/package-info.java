/** Writers for the pipeline's results: JSON lines (one configured Jackson mapper), and MUC-4 templates. */
package attackevents.output;
