package ma.marinemaroc.fleet.config;

/** The SMTP relay that on-host alerts and the application's mail go through (password is a secret). */
public record SmtpSettings(String host, int port, String tlsMode, String from, String user) {
}
