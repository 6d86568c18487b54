package attackevents.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelevanceTrainerTest {
    @TempDir
    Path tmp;

    /** A tiny synthetic set: attack reports share words no other text has. */
    static List<LabelledText> synthetic() {
        String[] places = {"north", "south", "east", "west", "river", "hill", "port", "valley"};
        List<LabelledText> out = new ArrayList<>();
        for (int i = 0; i < places.length; i++) {
            out.add(new LabelledText("a" + i, "Guerrillas attacked the " + places[i]
                    + " police post; a bomb exploded and killed two soldiers.", true));
            out.add(new LabelledText("b" + i, "Ministers of the " + places[i]
                    + " region signed a trade agreement on coffee exports and tariffs.", false));
        }
        return out;
    }

    @Test
    void learnsToTellTheClassesApart() {
        RelevanceClassifier c = new RelevanceTrainer(50, 0).train(synthetic()).classifier(0.5);
        assertTrue(c.judge("A BOMB EXPLODED AT THE POLICE POST AND KILLED TWO SOLDIERS.").relevant());
        assertFalse(c.judge("The ministers signed an agreement on coffee tariffs.").relevant());
    }

    @Test
    void savesAndLoadsModelAndThreshold() throws IOException {
        Path file = tmp.resolve("sub/model.bin");
        RelevanceModel model = new RelevanceTrainer(50, 0).train(synthetic());
        model.save(file, 0.37, "test model");
        assertTrue(Files.isRegularFile(tmp.resolve("sub/model.properties")));
        RelevanceClassifier loaded = RelevanceClassifier.load(file);
        assertEquals(0.37, loaded.threshold(), 1e-9);
        String text = "guerrillas attacked the police post";
        assertEquals(model.classifier(0.5).probability(text), loaded.probability(text), 1e-9);
        assertEquals(0.9, RelevanceClassifier.load(file, 0.9).threshold(), 1e-9);
    }

    @Test
    void refusesOneClassOnly() {
        List<LabelledText> onlyRelevant = synthetic().stream().filter(LabelledText::relevant).toList();
        assertThrows(IllegalArgumentException.class, () -> RelevanceTrainer.defaults().train(onlyRelevant));
    }

    @Test
    void missingOrForeignModelFileIsAnIoError() throws IOException {
        assertThrows(NoSuchFileException.class, () -> RelevanceClassifier.load(tmp.resolve("x.bin")));
        Path junk = Files.writeString(tmp.resolve("junk.bin"), "not a model");
        IOException e = assertThrows(IOException.class, () -> RelevanceClassifier.load(junk));
        assertTrue(e.getMessage().contains("junk.bin"), e.getMessage());
    }
}
