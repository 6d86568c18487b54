package attackevents.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns errors into one line on standard error and an exit code: 2 for user mistakes (bad options, missing
 * files, {@link UserError}), 1 for anything else, with the stack trace only when {@code ATTACK_EVENTS_DEBUG}
 * is set.
 */
final class UserErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {
    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        cmd.getErr().println(cmd.getCommandName() + ": " + ex.getMessage()
                + " (try '" + cmd.getCommandSpec().qualifiedName() + " --help')");
        return USER_ERROR;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        boolean user = ex instanceof UserError || ex instanceof IOException || ex instanceof UncheckedIOException;
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            message = u.getCause().getMessage();
        }
        cmd.getErr().println(cmd.getCommandName() + ": " + (user ? "" : "internal error: ") + message);
        if (System.getenv("ATTACK_EVENTS_DEBUG") != null) {
            ex.printStackTrace(cmd.getErr());
        }
        return user ? USER_ERROR : INTERNAL_ERROR;
    }
}
