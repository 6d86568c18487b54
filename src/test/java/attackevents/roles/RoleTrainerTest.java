package attackevents.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleTrainerTest {
    private static RoleTagger tagger;

    @TempDir
    Path tmp;

    @BeforeAll
    static void train() {
        tagger = RoleExamplesForTests.tagger();
    }

    private static RoleSample sentence(String kind, String town) {
        return RoleFeatures.sample(RoleExamplesForTests.tokens("Rebels/NNS", "toppled/VBD", "the/DT", kind + "/JJ",
                "poles/NNS", "near/IN", town + "/NNP", "./."), Set.of(1), Set.of());
    }

    @Test
    void tagsTheTargetOfAnUnseenSentence() {
        List<RoleSpan> spans = tagger.confident(sentence("power", "Arequipa"));
        assertTrue(spans.stream().anyMatch(s -> s.sameAs(new RoleSpan(3, 5, RoleSpan.TARGET, 1))), spans.toString());
        assertTrue(spans.stream().anyMatch(s -> s.sameAs(new RoleSpan(0, 1, RoleSpan.PERP, 1))), spans.toString());
        assertTrue(spans.stream().allMatch(s -> s.probability() >= 0.5 && s.probability() <= 1), spans.toString());
    }

    @Test
    void tagsNothingInAReport() {
        RoleSample report = RoleFeatures.sample(RoleExamplesForTests.tokens("Officials/NNS", "inspected/VBD",
                "the/DT", "steel/JJ", "report/NN", "in/IN", "Arequipa/NNP", "./."), Set.of(), Set.of());
        assertEquals(List.of(), tagger.confident(report));
    }

    @Test
    void thresholdOneKeepsOnlyCertainSpans() {
        RoleSample s = sentence("power", "Lima");
        List<RoleSpan> all = tagger.withThreshold(0.0).confident(s);
        assertFalse(all.isEmpty(), "the tagger tags something at threshold 0");
        assertTrue(all.stream().anyMatch(x -> x.probability() < 1.0), "a maximum entropy model is never certain");
        assertEquals(all.stream().filter(x -> x.probability() >= 1.0).toList(),
                tagger.withThreshold(1.0).confident(s));
    }

    @Test
    void savesAndLoadsModelAndThreshold() throws IOException {
        Path file = tmp.resolve("sub/roles.bin");
        tagger.withThreshold(0.7).save(file, "test model");
        assertTrue(Files.isRegularFile(tmp.resolve("sub/roles.properties")));
        RoleTagger loaded = RoleTagger.load(file);
        assertEquals(0.7, loaded.threshold(), 1e-9);
        assertEquals(tagger.tag(sentence("metal", "Lima")), loaded.tag(sentence("metal", "Lima")));
        assertEquals(0.2, RoleTagger.load(file, 0.2).threshold(), 1e-9);
    }

    @Test
    void refusesSentencesWithoutSpans() {
        List<RoleSample> none = RoleExamplesForTests.training().stream().map(s -> s.withSpans(List.of())).toList();
        assertThrows(IllegalArgumentException.class, () -> RoleTrainer.defaults().train(none, 0.5));
    }

    @Test
    void missingOrForeignModelFileIsAnIoError() throws IOException {
        assertThrows(IOException.class, () -> RoleTagger.load(tmp.resolve("none.bin")));
        Path junk = Files.writeString(tmp.resolve("junk.bin"), "not a model");
        assertThrows(IOException.class, () -> RoleTagger.load(junk));
    }
}
