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
    void inAllCapsTextShortAliasesAreMarkedCaseless() {
        // "IS" in wire copy written in capitals is the verb as often as the group: the caller checks its tag
        List<AliasGazetteer.Hit> hits = ACTORS.find("THE ARMY SAYS IT IS SURE THE ELN DID IT, NOT THE FMLN");
        assertEquals(List.of("IS", "ELN", "FMLN"), hits.stream().map(AliasGazetteer.Hit::text).toList());
        assertEquals(List.of(true, true, false), hits.stream().map(AliasGazetteer.Hit::caseless).toList());
        assertTrue(ACTORS.find("IS fighters attacked").stream().noneMatch(AliasGazetteer.Hit::caseless));
    }

    @Test
    void aNameMayRunOverALineBreak() {
        List<AliasGazetteer.Hit> hits = ACTORS.find("GUERRILLAS OF THE MAOIST POPULAR LIBERATION\nARMY PLANTED IT");
        assertEquals(1, hits.size(), hits.toString());
        assertEquals("POPULAR LIBERATION\nARMY", hits.get(0).text());
    }

    @Test
    void aNameFollowedByItsAbbreviationIsOneMentionNamedByTheAbbreviation() {
        String text = "THE FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN] CLAIMS IT; THE FMLN SAID SO.";
        List<AliasGazetteer.Hit> hits = ACTORS.find(text);
        assertEquals(2, hits.size(), hits.toString());
        assertEquals("FMLN", hits.get(0).text());
        assertEquals("FARABUNDO MARTI NATIONAL LIBERATION FRONT [FMLN]", text.substring(hits.get(0).start(),
                hits.get(0).end()));
        // another group in brackets is not an abbreviation
        assertEquals(2, ACTORS.find("the Islamic State (al-Qaeda) said").size());
    }

    @Test
    void canonicalOfAWholeName() {
        assertEquals("Irish Republican Army", ACTORS.canonical("Provisional IRA"));
        assertEquals(null, ACTORS.canonical("the IRA said"));
    }
}
