package attackevents.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import attackevents.SharedPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AliasGazetteerTest {
    private static final AliasGazetteer ACTORS = new AliasGazetteer(SharedPipeline.MODELS.resolve("gazetteers/actors.tsv"));

    @ParameterizedTest
    @ValueSource(strings = {"ISIS-K", "ISKP", "IS-K", "Islamic State Khorasan Province",
            "Islamic State's Khurasan Province", "Islamic State’s Khurasan Province"})
    void khorasanAliasesAreOneGroup(String alias) {
        List<AliasGazetteer.Hit> hits = ACTORS.find("Officials said " + alias + " claimed the attack.");
        assertEquals(1, hits.size(), alias);
        assertEquals(alias, hits.get(0).text());
        assertEquals("Islamic State Khorasan Province", hits.get(0).canonical());
    }

    @Test
    void longestNameWinsOverItsParts() {
        List<AliasGazetteer.Hit> hits = ACTORS.find("the Islamic State Khorasan Province and the Islamic State");
        assertEquals(2, hits.size());
        assertEquals("Islamic State Khorasan Province", hits.get(0).canonical());
        assertEquals("Islamic State", hits.get(1).canonical());
    }

    @Test
    void shortAliasesMatchCaseExactly() {
        assertTrue(ACTORS.find("This is what it is.").isEmpty());
        assertEquals("Islamic State", ACTORS.find("IS fighters attacked").get(0).canonical());
    }

    @Test
    void inAllCapsTextShortAliasesDoNotMatch() {
        // "IS" in wire copy written in capitals is the verb as often as the group
        assertTrue(ACTORS.find("THE ARMY SAYS IT IS SURE THE ATTACK WAS CARRIED OUT BY THE FMLN").stream()
                .noneMatch(h -> h.text().equals("IS")));
        assertEquals("Farabundo Marti National Liberation Front",
                ACTORS.find("THE ARMY SAYS IT IS SURE THE ATTACK WAS CARRIED OUT BY THE FMLN").get(0).canonical());
    }

    @Test
    void canonicalOfAWholeName() {
        assertEquals("Irish Republican Army", ACTORS.canonical("Provisional IRA"));
        assertEquals(null, ACTORS.canonical("the IRA said"));
    }
}
