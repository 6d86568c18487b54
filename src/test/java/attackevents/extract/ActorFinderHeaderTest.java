package attackevents.extract;

import static attackevents.extract.ExtractedText.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import attackevents.model.AttackEvent;
import org.junit.jupiter.api.Test;

/** The source header of a wire report (up to a bracketed {@code header-end} word) names who speaks ({@link ActorFinder}). */
class ActorFinderHeaderTest {
    @Test
    void aGroupInTheSourceHeaderIsNoActor() {
        AttackEvent e = only("CLANDESTINE, 11 FEB 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [FARABUNDO MARTI NATIONAL "
                + "LIBERATION FRONT (FMLN)] [TEXT] TODAY THE SALVADORAN AIR FORCE BOMBED A SETTLEMENT OF REPATRIATES "
                + "IN HUANCORA, KILLING SIX PERSONS.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("SALVADORAN AIR FORCE", e.actor().text());
    }

    @Test
    void aGroupAfterTheHeaderIsTheActor() {
        AttackEvent e = only("CLANDESTINE, 11 FEB 90 (RADIO VENCEREMOS) -- [COMMUNIQUE] [ARMED FORCES PRESS "
                + "COMMITTEE] [TEXT] TODAY FMLN TERRORISTS BOMBED A SETTLEMENT OF REPATRIATES IN HUANCORA, KILLING "
                + "SIX PERSONS.");
        assertNotNull(e.actor(), e.toString());
        assertEquals("Farabundo Marti National Liberation Front", e.actor().canonical());
    }
}
