package attackevents.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The {@code fetch} subcommand (placeholder until implemented). */
@Command(name = "fetch", mixinStandardHelpOptions = true, description = "Not implemented yet.")
public final class FetchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UserError("fetch is not implemented yet");
    }
}
