/** The picocli command line: one class per subcommand, user errors mapped to one-line messages. */
package attackevents.cli;
