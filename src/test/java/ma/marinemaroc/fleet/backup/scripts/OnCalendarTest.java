package ma.marinemaroc.fleet.backup.scripts;

import ma.marinemaroc.fleet.testing.Proc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OnCalendar subset validator, cross-checked with systemd's own parser. */
class OnCalendarTest {
    static final List<String> VALID = List.of("*-*-* 02:00:00", "Sun *-*-* 04:00:00", "daily", "weekly", "hourly",
            "monthly", "*-*-* 02:00", "Mon..Fri *-*-* 01:30:00", "Sat,Sun 03:15", "*-*-01 00:00:00",
            "2027-01-01 00:00:00", "*-*-* 0/6:00:00", "*-*-* 00,12:30", "*-1..6-* 02:00:00 UTC",
            "monday *-*-* 02:00:00");

    static final List<String> INVALID = List.of("", "02:00 daily", "*-*-* 24:00:00", "*-*-* 02:60", "Sun", "Funday 02:00",
            "*-13-* 02:00", "*-*-32 02:00", "*-*-* 02:00:00 Europe/Paris now", "Fri..Mon 02:00", "*-*-* 5..2:00",
            "*-*-* 02:00:00; reboot", "*-*-* 0/0:00", "*-* 02:00", "*-*-* */4:00:00");

    @Test
    void acceptsTheSupportedSubsetAndSystemdAgrees() {
        Proc.require("systemd-analyze");
        for (String e : VALID) {
            assertThat(OnCalendar.validate("s", e)).isEqualTo(e.trim());
            Proc.Result r = Proc.run(List.of("systemd-analyze", "calendar", e));
            assertThat(r.exit()).as("systemd-analyze calendar '%s': %s", e, r.all()).isZero();
        }
    }

    @Test
    void rejectsEverythingElseWithAClearMessage() {
        for (String e : INVALID) {
            assertThatThrownBy(() -> OnCalendar.validate("backupSchedule", e)).as(e)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("backupSchedule")
                    .hasMessageContaining("supported:");
        }
        assertThatThrownBy(() -> OnCalendar.validate("drillSchedule", "*-*-* 02:61"))
                .hasMessageContaining("minute 61 is out of range 0..59");
        assertThatThrownBy(() -> OnCalendar.validate("drillSchedule", "Sonntag 04:00"))
                .hasMessageContaining("'Sonntag' is not a weekday");
    }

    @Test
    void systemdRejectsTheSyntaxErrorsToo() {
        for (String e : List.of("*-*-* 24:00:00", "*-13-* 02:00", "Funday 02:00", "*-*-* 02:00:00; reboot")) {
            assertThat(Proc.run(List.of("systemd-analyze", "calendar", e)).exit()).as(e).isNotZero();
        }
    }
}
