package attackevents.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code evaluate} subcommand (placeholder until implemented). */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class EvaluateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("evaluate is not implemented yet");
    }
}
