package ma.marinemaroc.fleet.monitoring.scripts;

import java.util.Locale;

/** How fleet-alert talks TLS to the SMTP relay. */
public enum SmtpTls {
    /** Plain connection upgraded with STARTTLS; curl runs with {@code --ssl-reqd}, so no upgrade means no mail. */
    STARTTLS,
    /** Implicit TLS from the first byte ({@code smtps://}, usually port 465). */
    SMTPS,
    /** No TLS at all: only allowed for a relay on the host itself (127.0.0.1, ::1, localhost). */
    NONE;

    /** The value written to alert.conf ({@code starttls|smtps|none}). */
    public String confValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code starttls|smtps|none} (case-insensitive). */
    public static SmtpTls parse(String value) {
        if (value != null) {
            for (SmtpTls mode : values()) {
                if (mode.confValue().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
        }
        throw new IllegalArgumentException("SMTP TLS mode must be one of starttls, smtps, none; got: " + value);
    }
}
