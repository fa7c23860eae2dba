package ma.marinemaroc.fleet.config;

import ma.marinemaroc.fleet.Stacks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invalid configurations of the kinds people really write, grouped by class. Each runs through the loader and through
 * the real program in the mock engine: it must fail with exactly the expected lines (key, bad value, what is accepted;
 * secrets masked), without a stack trace, before any resource is declared ({@link Refusals#assertRefused}).
 * Certificate chains built with a real PKI are in {@link TlsMaterialTest}, file-level errors in {@link StackFileTest}.
 */
class BadInputMatrixTest {
    /** One bad configuration: a committed stack file with some keys changed. */
    record Case(String cls, String stack, Map<String, String> set, Set<String> secrets, List<String> remove,
                List<String> expected) {
        Case set(String key, String value) {
            Map<String, String> m = new LinkedHashMap<>(set);
            m.put(key, value);
            return new Case(cls, stack, m, secrets, remove, expected);
        }

        Case secret(String key, String value) {
            Case c = set(key, value);
            Set<String> s = new java.util.HashSet<>(secrets);
            s.add(key);
            return new Case(cls, stack, c.set, s, remove, expected);
        }

        Case remove(String key) {
            List<String> r = new ArrayList<>(remove);
            r.add(key);
            return new Case(cls, stack, set, secrets, r, expected);
        }

        Case expect(String... lines) {
            return new Case(cls, stack, set, secrets, remove, List.of(lines));
        }

        StackFile file() {
            StackFile f = Stacks.file(stack);
            List<String> gone = new ArrayList<>(remove);
            gone.addAll(set.keySet());
            return f.without(gone.toArray(String[]::new)).with(set, secrets);
        }

        @Override
        public String toString() {
            String changes = set.entrySet().stream().map(e -> e.getKey() + "="
                            + (secrets.contains(e.getKey()) ? "[secret]" : Shown.q(e.getValue())))
                    .collect(Collectors.joining(" "));
            return "[" + cls + "] " + stack + " " + changes + (remove.isEmpty() ? "" : " -" + remove);
        }
    }

    private static Case c(String cls, String stack) {
        return new Case(cls, stack, Map.of(), Set.of(), List.of(), List.of());
    }

    /** JSON written with single quotes for readability. */
    private static String j(String s) {
        return s.replace('\'', '"');
    }

    private static final String SMTP = "{'host': 'smtp.eu.mailgun.org', 'user': 'alerts@mg.marinemaroc.ma', ";

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        // ---- host: cloud, region, size, image -----------------------------------------------------------------
        c.add(c("host", "production").set("fleet:cloud", "gcp").expect(
                "fleet:cloud: 'gcp' is not supported; use one of: digitalocean, aws"));
        c.add(c("host", "production").remove("fleet:cloud").expect(
                "fleet:cloud: is required; set it with `pulumi config set fleet:cloud <value>` (`digitalocean`, `aws`)"));
        c.add(c("host", "production").set("fleet:region", "fra9").expect(
                "fleet:region: 'fra9' is not a DigitalOcean region; use one of: fra1, ams3, lon1, nyc1, nyc3, sfo2, sfo3, tor1, sgp1, blr1, syd1"));
        c.add(c("host", "production").set("fleet:region", "eu-west-1").expect(
                "fleet:region: 'eu-west-1' is not a DigitalOcean region (it is an AWS region); use one of: fra1, ams3, lon1, nyc1, nyc3, sfo2, sfo3, tor1, sgp1, blr1, syd1"));
        c.add(c("host", "staging").set("fleet:region", "fra1").expect(
                "fleet:region: 'fra1' is not an AWS region (it is a DigitalOcean region); use one of: eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-central-2, eu-south-1, eu-south-2, eu-north-1, us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, me-central-1, af-south-1, ap-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1"));
        c.add(c("host", "production").remove("fleet:region").expect(
                "fleet:region: is required; set it with `pulumi config set fleet:region <value>` (DigitalOcean: `fra1`, `ams3`, `lon1`, `nyc1`, `nyc3`, `sfo2`, `sfo3`, `tor1`, `sgp1`, `blr1`, `syd1`; AWS: `eu-west-1`, `eu-west-2`, `eu-west-3`, `eu-central-1`, `eu-central-2`, `eu-south-1`, `eu-south-2`, `eu-north-1`, `us-east-1`, `us-east-2`, `us-west-1`, `us-west-2`, `ca-central-1`, `me-central-1`, `af-south-1`, `ap-south-1`, `ap-southeast-1`, `ap-southeast-2`, `ap-northeast-1`)"));
        c.add(c("host", "production").set("fleet:hostSize", "s-1vcpu-2gb").expect(
                "fleet:hostSize: 's-1vcpu-2gb' has 2048 MiB of memory; the stack needs at least 4096 MiB; use one of: s-2vcpu-4gb, g-2vcpu-8gb, s-4vcpu-8gb, g-4vcpu-16gb, m-2vcpu-16gb, s-8vcpu-16gb, m-4vcpu-32gb"));
        c.add(c("host", "production").set("fleet:hostSize", "t3.large").expect(
                "fleet:hostSize: 't3.large' is not a known DigitalOcean size; use one of: s-2vcpu-4gb, g-2vcpu-8gb, s-4vcpu-8gb, g-4vcpu-16gb, m-2vcpu-16gb, s-8vcpu-16gb, m-4vcpu-32gb"));
        c.add(c("host", "staging").set("fleet:hostSize", "t3.small").expect(
                "fleet:hostSize: 't3.small' has 2048 MiB of memory; the stack needs at least 4096 MiB; use one of: t3.medium, m6i.large, t3.large, m6i.xlarge, r6i.large, t3.xlarge, r6i.xlarge"));
        c.add(c("host", "production").set("fleet:region", "[\"fra1\"]").expect(
                "fleet:region: is a list; use a single value: DigitalOcean: `fra1`, `ams3`, `lon1`, `nyc1`, `nyc3`, `sfo2`, `sfo3`, `tor1`, `sgp1`, `blr1`, `syd1`; AWS: `eu-west-1`, `eu-west-2`, `eu-west-3`, `eu-central-1`, `eu-central-2`, `eu-south-1`, `eu-south-2`, `eu-north-1`, `us-east-1`, `us-east-2`, `us-west-1`, `us-west-2`, `ca-central-1`, `me-central-1`, `af-south-1`, `ap-south-1`, `ap-southeast-1`, `ap-southeast-2`, `ap-northeast-1`"));
        // ---- image of the other cloud --------------------------------------------------------------------------
        c.add(c("image", "production").set("fleet:image", "ami-0123456789abcdef0").expect(
                "fleet:image: 'ami-0123456789abcdef0' is an AWS AMI ID; on DigitalOcean use an image slug such as ubuntu-22-04-x64 or a numeric image ID"));
        c.add(c("image", "production").set("fleet:image", "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*").expect(
                "fleet:image: 'ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*' is an AWS AMI name filter; on DigitalOcean use an image slug such as ubuntu-22-04-x64 or a numeric image ID"));
        c.add(c("image", "production").set("fleet:image", "Ubuntu 22.04!").expect(
                "fleet:image: 'Ubuntu 22.04!' is not a DigitalOcean image slug or ID; on DigitalOcean use an image slug such as ubuntu-22-04-x64 or a numeric image ID"));
        c.add(c("image", "staging").set("fleet:image", "ubuntu-22-04-x64").expect(
                "fleet:image: 'ubuntu-22-04-x64' is a DigitalOcean image slug; on AWS use an AMI ID (ami-…) or an AMI name filter such as ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"));
        c.add(c("image", "staging").set("fleet:image", "129211873").expect(
                "fleet:image: '129211873' is a DigitalOcean image ID; on AWS use an AMI ID (ami-…) or an AMI name filter such as ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"));
        c.add(c("image", "staging").set("fleet:image", "ami-12345").expect(
                "fleet:image: 'ami-12345' is not an AMI ID (ami- and 8 or 17 hex digits); on AWS use an AMI ID (ami-…) or an AMI name filter such as ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"));
        // ---- domain (RFC 1123) ---------------------------------------------------------------------------------
        c.add(c("domain", "production").set("fleet:domain", "203.0.113.50").set("fleet:dnsZone", "113.50").expect(
                "fleet:domain: '203.0.113.50' is an IP address, not a DNS name; use a DNS name such as fleet.example.ma",
                "fleet:dnsZone: '113.50' ends in '50', which is not a top-level domain (letters only, such as 'ma' or 'com'); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "fleet..marinemaroc.ma").expect(
                "fleet:domain: 'fleet..marinemaroc.ma' has an empty label (a leading '.' or '..'); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "fleet.marinemaroc.ma.").expect(
                "fleet:domain: 'fleet.marinemaroc.ma.' ends with '.' (an empty last label; drop the trailing dot); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", ".fleet.marinemaroc.ma").expect(
                "fleet:domain: '.fleet.marinemaroc.ma' has an empty label (a leading '.' or '..'); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "fleet_marinemaroc.ma").expect(
                "fleet:domain: 'fleet_marinemaroc.ma' contains '_', which DNS names may not (RFC 1123: letters, digits, '-' and '.'); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "Fleet.MarineMaroc.ma").expect(
                "fleet:domain: 'Fleet.MarineMaroc.ma' contains upper-case letters (write 'fleet.marinemaroc.ma'); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "localhost").expect(
                "fleet:domain: 'localhost' is a single label, not a fully qualified DNS name; use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "-fleet.marinemaroc.ma").expect(
                "fleet:domain: '-fleet.marinemaroc.ma' has the label '-fleet', which starts or ends with '-'; use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "fleet.marinemaroc.ma\nserver_name evil").expect(
                "fleet:domain: 'fleet.marinemaroc.ma\\nserver_name evil' contains a line break (\\n), which DNS names may not (RFC 1123: letters, digits, '-' and '.'); use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").set("fleet:domain", "other.example.com").expect(
                "fleet:dnsZone: 'marinemaroc.ma' does not contain the domain 'other.example.com'; use the zone the domain is in, e.g. example.com"));
        c.add(c("domain", "production").set("fleet:dnsZone", "2001:db8::1").expect(
                "fleet:dnsZone: '2001:db8::1' is an IPv6 address, not a DNS name; use a DNS name such as fleet.example.ma"));
        c.add(c("domain", "production").remove("fleet:dnsZone").expect(
                "fleet:dnsZone: is required; set it with `pulumi config set fleet:dnsZone <value>` (a DNS name that contains `domain`)"));
        // ---- e-mail (RFC 5321) --------------------------------------------------------------------------------
        c.add(c("email", "production").set("fleet:adminEmail", "platform-at-marinemaroc").expect(
                "fleet:adminEmail: 'platform-at-marinemaroc' is not a usable e-mail address: it has no '@'; use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:adminEmail", "platform@marinemaroc..ma").expect(
                "fleet:adminEmail: 'platform@marinemaroc..ma' is not a usable e-mail address: the domain has an empty label (a leading '.' or '..'); use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:adminEmail", "platform@.marinemaroc.ma").expect(
                "fleet:adminEmail: 'platform@.marinemaroc.ma' is not a usable e-mail address: the domain has an empty label (a leading '.' or '..'); use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:alertEmail", "on$(reboot)call@marinemaroc.ma").expect(
                "fleet:alertEmail: 'on$(reboot)call@marinemaroc.ma' is not a usable e-mail address: the part before '@' contains '$', valid in RFC 5321 but refused here (addresses reach shell scripts and config files; letters, digits and ._%+- are accepted); use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:alertEmail", "oncall@[203.0.113.7]").expect(
                "fleet:alertEmail: 'oncall@[203.0.113.7]' is not a usable e-mail address: address literals ([...]) are not supported; use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:alertEmail", ".oncall@marinemaroc.ma").expect(
                "fleet:alertEmail: '.oncall@marinemaroc.ma' is not a usable e-mail address: the part before '@' has an empty part between dots; use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:alertEmail", "on call@marinemaroc.ma").expect(
                "fleet:alertEmail: 'on call@marinemaroc.ma' is not a usable e-mail address: the part before '@' contains a space, which RFC 5321 does not allow unquoted; use an address such as oncall@example.ma"));
        c.add(c("email", "production").set("fleet:smtp", j(SMTP + "'from': 'alerts@mg@marinemaroc.ma'}")).expect(
                "fleet:smtp.from: 'alerts@mg@marinemaroc.ma' is not a usable e-mail address: it has more than one '@'; use an address such as oncall@example.ma"));
        c.add(c("email", "production").remove("fleet:alertEmail").expect(
                "fleet:alertEmail: is required; set it with `pulumi config set fleet:alertEmail <value>` (e-mail address (RFC 5321): local part of letters, digits and `._%+-`, a DNS name after `@`)"));
        // ---- schedules (systemd OnCalendar) -----------------------------------------------------------------------
        c.add(c("schedule", "production").set("fleet:backup", j("{'schedule': 'every night'}")).expect(
                "fleet:backup.schedule: 'every night' is not a supported systemd OnCalendar schedule: unknown weekday 'every' (Mon, Tue, Wed, Thu, Fri, Sat, Sun); use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'schedule': '*-*-* 24:00:00'}")).expect(
                "fleet:backup.schedule: '*-*-* 24:00:00' is not a supported systemd OnCalendar schedule: the hour 24 is out of range 0..23; use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'schedule': '*-*-* */2:00'}")).expect(
                "fleet:backup.schedule: '*-*-* */2:00' is not a supported systemd OnCalendar schedule: the hour '*/2' is not *, N, N..M or N/STEP; use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'schedule': '2026-12-01 02:00'}")).expect(
                "fleet:backup.schedule: '2026-12-01 02:00' is not a supported systemd OnCalendar schedule: the date '2026-12-01' is not *-*-* (only recurring schedules); use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'schedule': '*-*-* 02:00:00\\nOnFailure=evil.service'}")).expect(
                "fleet:backup.schedule: '*-*-* 02:00:00\\nOnFailure=evil.service' is not a supported systemd OnCalendar schedule: it contains a line break (\\n); use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'schedule': '0 2 * * *'}")).expect(
                "fleet:backup.schedule: '0 2 * * *' is not a supported systemd OnCalendar schedule: the time '0' is not HH:MM or HH:MM:SS; use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'drillSchedule': 'Someday *-*-* 04:00'}")).expect(
                "fleet:backup.drillSchedule: 'Someday *-*-* 04:00' is not a supported systemd OnCalendar schedule: unknown weekday 'Someday' (Mon, Tue, Wed, Thu, Fri, Sat, Sun); use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'drillSchedule': 'Sun..Mon *-*-* 04:00'}")).expect(
                "fleet:backup.drillSchedule: 'Sun..Mon *-*-* 04:00' is not a supported systemd OnCalendar schedule: the weekday range 'Sun..Mon' runs backwards; use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        c.add(c("schedule", "production").set("fleet:backup", j("{'drillSchedule': 'Sun *-*-* 04:00/0'}")).expect(
                "fleet:backup.drillSchedule: 'Sun *-*-* 04:00/0' is not a supported systemd OnCalendar schedule: the minute step in '00/0' is 0; use e.g. '*-*-* 02:00:00', '*-*-* 00/1:00:00' (hourly), 'Sun *-*-* 04:00:00' or 'daily'"));
        // ---- ACME server URL ------------------------------------------------------------------------------------
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'http://acme.example.com/dir'}")).expect(
                "fleet:tls.acmeServer: 'http://acme.example.com/dir' is not an https:// URL; use an https:// directory URL such as https://acme-staging-v02.api.letsencrypt.org/directory"));
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'https://acme.example.com/$(reboot)'}")).expect(
                "fleet:tls.acmeServer: 'https://acme.example.com/$(reboot)' contains '$', a shell or URL metacharacter (the URL is written into a shell script); use an https:// directory URL such as https://acme-staging-v02.api.letsencrypt.org/directory"));
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'https://acme.example.com/dir\\nrm -rf /'}")).expect(
                "fleet:tls.acmeServer: 'https://acme.example.com/dir\\nrm -rf /' contains a line break (\\n); use an https:// directory URL such as https://acme-staging-v02.api.letsencrypt.org/directory"));
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'https://acme.example.com/my dir'}")).expect(
                "fleet:tls.acmeServer: 'https://acme.example.com/my dir' contains a space; use an https:// directory URL such as https://acme-staging-v02.api.letsencrypt.org/directory"));
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'https://acme.example.com/dir\\\"; reboot; \\\"'}")).expect(
                "fleet:tls.acmeServer: 'https://acme.example.com/dir\"; reboot; \"' contains '\"', a shell or URL metacharacter (the URL is written into a shell script); use an https:// directory URL such as https://acme-staging-v02.api.letsencrypt.org/directory"));
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'https://user:pw@acme.example.com/dir'}")).expect(
                "fleet:tls.acmeServer: 'https://user:pw@acme.example.com/dir' carries credentials ('@'); use an https:// directory URL such as https://acme-staging-v02.api.letsencrypt.org/directory"));
        c.add(c("acme", "production").set("fleet:tls", j("{'acmeServer': 'https://acme.example.com/dir', 'acmeStaging': true}")).expect(
                "fleet:tls.acmeServer: is set together with fleet:tls.acmeStaging: true; set only one (acmeServer names the directory to use)"));
        // ---- SMTP credentials and host -----------------------------------------------------------------------
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.eu.mailgun.org', 'user': 'alerts\\nMAIL_HOST=evil.example.com'}")).expect(
                "fleet:smtp.user: 'alerts\\nMAIL_HOST=evil.example.com' contains a line break (\\n); use the relay's user name on one line (it is written to the app's .env and fleet-alert's credentials file)"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.eu.mailgun.org', 'user': 'alerts\\u0000x'}")).expect(
                "fleet:smtp.user: 'alerts\\0x' contains a NUL character (\\0); use the relay's user name on one line (it is written to the app's .env and fleet-alert's credentials file)"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.eu.mailgun.org', 'user': 'alerts:ops'}")).expect(
                "fleet:smtp.user: 'alerts:ops' contains ':', which ends the user name in curl's user:password (fleet-alert); use a user name without ':'"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.eu.mailgun.org', 'user': 'alerts\\tops'}")).expect(
                "fleet:smtp.user: 'alerts\\tops' contains a tab; use the relay's user name on one line (it is written to the app's .env and fleet-alert's credentials file)"));
        c.add(c("smtp", "production").secret("fleet:smtpPassword", "hunter2-with\nnewline").expect(
                "fleet:smtpPassword: (secret) contains a line break (\\n); use a password on one line without control characters (it is written to the app's .env and fleet-alert's credentials file)"));
        c.add(c("smtp", "production").secret("fleet:smtpPassword", "hunter2\u0000nul").expect(
                "fleet:smtpPassword: (secret) contains a NUL character (\\0); use a password on one line without control characters (it is written to the app's .env and fleet-alert's credentials file)"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': '999.999.999.999', 'user': 'alerts'}")).expect(
                "fleet:smtp.host: '999.999.999.999' is shaped like an IP address (and is not a valid one), not a DNS name; use the relay's public DNS name, e.g. smtp.eu.mailgun.org"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'localhost', 'user': 'alerts'}")).expect(
                "fleet:smtp.host: 'localhost' is a special-use or private name that does not resolve to a mail relay on the internet (mail leaves the host); use the relay's public DNS name, e.g. smtp.eu.mailgun.org"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': '192.0.2.25', 'user': 'alerts'}")).expect(
                "fleet:smtp.host: '192.0.2.25' is an IP address; TLS verifies the relay's certificate against a name; use the relay's public DNS name, e.g. smtp.eu.mailgun.org"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'mail.internal', 'user': 'alerts'}")).expect(
                "fleet:smtp.host: 'mail.internal' is a special-use or private name that does not resolve to a mail relay on the internet (mail leaves the host); use the relay's public DNS name, e.g. smtp.eu.mailgun.org"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp_relay.example.com', 'user': 'alerts'}")).expect(
                "fleet:smtp.host: 'smtp_relay.example.com' contains '_', which DNS names may not (RFC 1123: letters, digits, '-' and '.'); use the relay's public DNS name, e.g. smtp.eu.mailgun.org"));
        c.add(c("smtp", "production").remove("fleet:smtp").expect(
                "fleet:smtp: is required: the relay alerts and application mail go through; set it with `pulumi config set --path 'fleet:smtp.host' smtp.example.com` and `pulumi config set --path 'fleet:smtp.user' <user>`"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.example.com', 'tlsMode': 'none', 'user': 'u'}")).expect(
                "fleet:smtp.tlsMode: 'none' is not supported; use one of: starttls, smtps"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.example.com'}")).expect(
                "fleet:smtp.user: is required; set it with `pulumi config set --path 'fleet:smtp.user' <value>` (one line without control characters; no `:` (curl ends the user name there))"));
        c.add(c("smtp", "production").set("fleet:smtp", j("{'host': 'smtp.example.com', 'user': 'u', 'port': 0}")).expect(
                "fleet:smtp.port: '0' is out of range; use 1…65535"));
        c.add(c("smtp", "production").remove("fleet:smtpPassword").expect(
                "fleet:smtpPassword: is required; set it with `pulumi config set --secret fleet:smtpPassword <value>`"));
        // ---- provided certificate (PEM) -------------------------------------------------------------------------
        c.add(pem("not a certificate").expect(
                "fleet:tlsCertificate: has no PEM certificate (-----BEGIN CERTIFICATE-----); use the full chain, leaf first, then each issuer (certbot's fullchain.pem)"));
        c.add(pem("-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n").expect(
                "fleet:tlsCertificate: is not a readable PEM bundle: the CERTIFICATE block is not valid base64; use the full chain, leaf first, then each issuer (certbot's fullchain.pem)"));
        c.add(pem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").expect(
                "fleet:tlsCertificate: certificate 1 is not a valid X.509 certificate; use the full chain, leaf first, then each issuer (certbot's fullchain.pem)"));
        c.add(pem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n").expect(
                "fleet:tlsCertificate: is not a readable PEM bundle: BEGIN CERTIFICATE ends with END CERTIFICATE REQUEST; use the full chain, leaf first, then each issuer (certbot's fullchain.pem)"));
        c.add(pem(TEST_KEY).expect(
                "fleet:tlsCertificate: contains a private key: it belongs in the secret fleet:tlsPrivateKey, never in plain config (pulumi config set --secret fleet:tlsPrivateKey < privkey.pem); remove it here and replace the key"));
        c.add(c("pem", "production").set("fleet:tls", j("{'mode': 'provided'}")).secret("fleet:tlsPrivateKey", TEST_KEY).expect(
                "fleet:tlsCertificate: is required with tls.mode provided: the PEM chain, leaf first (`pulumi config set fleet:tlsCertificate < fullchain.pem`)"));
        c.add(c("pem", "production").set("fleet:tlsCertificate", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n").expect(
                "fleet:tlsCertificate: is set but tls.mode is letsencrypt, which ignores it; set fleet:tls.mode to provided, or remove the certificate"));
        // ---- S3 bucket names -------------------------------------------------------------------------------------
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': '192.168.5.4'}")).expect(
                "fleet:backup.bucketName: '192.168.5.4' is not a valid S3 bucket name: it is shaped like an IP address; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': 'Fleet_Backups'}")).expect(
                "fleet:backup.bucketName: 'Fleet_Backups' is not a valid S3 bucket name: it has upper-case letters; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': 'fleet..backups'}")).expect(
                "fleet:backup.bucketName: 'fleet..backups' is not a valid S3 bucket name: it has two adjacent periods; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': 'xn--fleet-backups'}")).expect(
                "fleet:backup.bucketName: 'xn--fleet-backups' is not a valid S3 bucket name: the prefix 'xn--' is reserved; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': 'fleet-backups-s3alias'}")).expect(
                "fleet:backup.bucketName: 'fleet-backups-s3alias' is not a valid S3 bucket name: the suffix '-s3alias' is reserved; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': 'fb'}")).expect(
                "fleet:backup.bucketName: 'fb' is not a valid S3 bucket name: it has 2 characters (3 to 63); use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "production").set("fleet:backup", j("{'bucketName': 'fleet-backups-'}")).expect(
                "fleet:backup.bucketName: 'fleet-backups-' is not a valid S3 bucket name: it must start and end with a letter or digit; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        c.add(c("bucket", "dr").set("fleet:backup", j("{'restoreFrom': 'latest', 'restoreBucket': '10.0.0.1'}")).expect(
                "fleet:backup.restoreBucket: '10.0.0.1' is not a valid S3 bucket name: it is shaped like an IP address; use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit"));
        // ---- time zones (IANA) -----------------------------------------------------------------------------------
        c.add(c("timezone", "production").set("fleet:timezone", "+01:00").expect(
                "fleet:timezone: '+01:00' is a UTC offset, not a time zone (an offset ignores daylight-saving changes); use an IANA zone name such as Africa/Casablanca, Europe/Paris or UTC"));
        c.add(c("timezone", "production").set("fleet:timezone", "UTC+1").expect(
                "fleet:timezone: 'UTC+1' is a UTC offset, not a time zone (an offset ignores daylight-saving changes); use an IANA zone name such as Africa/Casablanca, Europe/Paris or UTC"));
        c.add(c("timezone", "production").set("fleet:timezone", "GMT+01:00").expect(
                "fleet:timezone: 'GMT+01:00' is a UTC offset, not a time zone (an offset ignores daylight-saving changes); use an IANA zone name such as Africa/Casablanca, Europe/Paris or UTC"));
        c.add(c("timezone", "production").set("fleet:timezone", "africa/casablanca").expect(
                "fleet:timezone: 'africa/casablanca' is not an IANA time zone name; did you mean Africa/Casablanca?"));
        c.add(c("timezone", "production").set("fleet:timezone", "Morocco/Rabat").expect(
                "fleet:timezone: 'Morocco/Rabat' is not an IANA time zone name; use an IANA zone name such as Africa/Casablanca, Europe/Paris or UTC"));
        c.add(c("timezone", "production").set("fleet:timezone", "Europe/Paris\nOnCalendar=*:*").expect(
                "fleet:timezone: 'Europe/Paris\\nOnCalendar=*:*' is not an IANA time zone name; use an IANA zone name such as Africa/Casablanca, Europe/Paris or UTC"));
        // ---- lists: empty, or holding a map / a null ------------------------------------------------------------------
        c.add(c("list", "production").set("fleet:sshPublicKeys", "[]").expect(
                "fleet:sshPublicKeys: is an empty list; at least one item is needed (list of ≥ 1 OpenSSH public key: ed25519, ecdsa, rsa ≥ 2048 bits)"));
        c.add(c("list", "production").set("fleet:sshAllowedCidrs", "[]").expect(
                "fleet:sshAllowedCidrs: is an empty list; at least one item is needed (list of ≥ 1 IPv4/IPv6 CIDR, canonical, no host bits; `0.0.0.0/0`, `::/0` and prefixes shorter than /8 (IPv4) or /16 (IPv6) need `sshAllowAnywhere`)"));
        c.add(c("list", "production").set("fleet:monitoring", j("{'uptimeRegions': []}")).expect(
                "fleet:monitoring.uptimeRegions: is an empty list; at least one item is needed (list of ≥ 1 of `us_east`, `us_west`, `eu_west`, `se_asia`)"));
        c.add(c("list", "production").set("fleet:sshAllowedCidrs", j("[{'cidr': '196.200.131.0/24'}]")).expect(
                "fleet:sshAllowedCidrs[0]: is a mapping; each item is a single value (list of ≥ 1 IPv4/IPv6 CIDR, canonical, no host bits; `0.0.0.0/0`, `::/0` and prefixes shorter than /8 (IPv4) or /16 (IPv6) need `sshAllowAnywhere`)"));
        c.add(c("list", "production").set("fleet:sshAllowedCidrs", "[null]").expect(
                "fleet:sshAllowedCidrs[0]: is empty; each item is a single value (list of ≥ 1 IPv4/IPv6 CIDR, canonical, no host bits; `0.0.0.0/0`, `::/0` and prefixes shorter than /8 (IPv4) or /16 (IPv6) need `sshAllowAnywhere`)"));
        c.add(c("list", "production").set("fleet:sshPublicKeys", j("[['ssh-ed25519 AAAA']]")).expect(
                "fleet:sshPublicKeys[0]: is a list; each item is a single value (list of ≥ 1 OpenSSH public key: ed25519, ecdsa, rsa ≥ 2048 bits)"));
        c.add(c("list", "production").set("fleet:monitoring", j("{'uptimeRegions': [null, 'eu_west']}")).expect(
                "fleet:monitoring.uptimeRegions[0]: is empty; each item is a single value (list of ≥ 1 of `us_east`, `us_west`, `eu_west`, `se_asia`)"));
        c.add(c("list", "production").set("fleet:monitoring", j("{'uptimeRegions': 'eu_west'}")).expect(
                "fleet:monitoring.uptimeRegions: is a single value ('eu_west'); use a list (YAML sequence), e.g. `pulumi config set --path 'fleet:monitoring.uptimeRegions[0]' <value>`"));
        c.add(c("list", "production").set("fleet:sshPublicKeys", "ssh-ed25519 AAAA").expect(
                "fleet:sshPublicKeys: is a single value ('ssh-ed25519 AAAA'); use a list (YAML sequence), e.g. `pulumi config set --path 'fleet:sshPublicKeys[0]' <value>`"));
        c.add(c("list", "production").remove("fleet:sshAllowedCidrs").expect(
                "fleet:sshAllowedCidrs: is required: a list with at least one item (list of ≥ 1 IPv4/IPv6 CIDR, canonical, no host bits; `0.0.0.0/0`, `::/0` and prefixes shorter than /8 (IPv4) or /16 (IPv6) need `sshAllowAnywhere`), e.g. `pulumi config set --path 'fleet:sshAllowedCidrs[0]' <value>`"));
        // ---- CIDRs as the firewall takes them ----------------------------------------------------------------------
        c.add(cidr("fe80::1%eth0/64").expect(
                "fleet:sshAllowedCidrs[0]: 'fe80::1%eth0/64' has a zone id ('%...'), which firewall rules do not take; use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("[2001:db8::]/32").expect(
                "fleet:sshAllowedCidrs[0]: '[2001:db8::]/32' has brackets; write the IPv6 prefix without them; use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("196.200.131.0/+24").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.131.0/+24' has a sign in the prefix length ('+24'); use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("196.200.131.0/-1").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.131.0/-1' has a sign in the prefix length ('-1'); use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("196.200.131.0/024").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.131.0/024' has a leading zero in the prefix length ('024'); use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("196.200.031.0/24").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.031.0/24' has a leading zero in the octet '031' (read as octal by some parsers); use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("196.200.131.7/24").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.131.7/24' has host bits set; did you mean 196.200.131.0/24 (or 196.200.131.7/32 for that one address)?"));
        c.add(cidr("2001:db8::1/32").expect(
                "fleet:sshAllowedCidrs[0]: '2001:db8::1/32' has host bits set; did you mean 2001:db8::/32?"));
        c.add(cidr("2001:DB8::/32").expect(
                "fleet:sshAllowedCidrs[0]: '2001:DB8::/32' is not in canonical form (the cloud stores 2001:db8::/32 and would show a change on every run); use 2001:db8::/32"));
        c.add(cidr("2001:0db8:0:0::/32").expect(
                "fleet:sshAllowedCidrs[0]: '2001:0db8:0:0::/32' is not in canonical form (the cloud stores 2001:db8::/32 and would show a change on every run); use 2001:db8::/32"));
        c.add(cidr("196.200.131.7").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.131.7' has no prefix length ('/n'); use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("10.0.0.0/33").expect(
                "fleet:sshAllowedCidrs[0]: '10.0.0.0/33' has a prefix length 33 > 32; use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("300.1.1.0/24").expect(
                "fleet:sshAllowedCidrs[0]: '300.1.1.0/24' has an octet 300 > 255; use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr("office").expect(
                "fleet:sshAllowedCidrs[0]: 'office' is not a CIDR (a network address, '/' and a prefix length); use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        c.add(cidr(" 196.200.131.0/24 x").expect(
                "fleet:sshAllowedCidrs[0]: '196.200.131.0/24 x' contains a space; use a network such as 196.200.131.0/24 or 2001:db8::/32 (/32 resp. /128 for one address)"));
        // ---- safe defaults: SSH from anywhere needs the opt-in ------------------------------------------------------------
        c.add(anywhere("0.0.0.0/0").expect(
                "fleet:sshAllowedCidrs[0]: '0.0.0.0/0' opens SSH to the whole internet; list your office or VPN networks, or set fleet:sshAllowAnywhere: true to allow it explicitly"));
        c.add(anywhere("::/0").expect(
                "fleet:sshAllowedCidrs[0]: '::/0' opens SSH to the whole internet; list your office or VPN networks, or set fleet:sshAllowAnywhere: true to allow it explicitly"));
        c.add(anywhere("0.0.0.0/1").expect(
                "fleet:sshAllowedCidrs[0]: '0.0.0.0/1' opens SSH to a large part of the internet; list your office or VPN networks, or set fleet:sshAllowAnywhere: true to allow it explicitly"));
        c.add(c("anywhere", "production").set("fleet:sshAllowedCidrs", j("['0.0.0.0/0']")).set("fleet:sshAllowAnywhere", "yes").expect(
                "fleet:sshAllowAnywhere: 'yes' is not a boolean (YAML 1.2 reads yes/no/on/off as text); use true or false",
                "fleet:sshAllowedCidrs[0]: '0.0.0.0/0' opens SSH to the whole internet; list your office or VPN networks, or set fleet:sshAllowAnywhere: true to allow it explicitly"));
        // ---- safe defaults: the off-site copy in another city -----------------------------------------------------
        c.add(c("offsite", "production").set("fleet:backup", j("{'bucketRegion': 'eu-central-1'}")).expect(
                "fleet:backup.bucketRegion: 'eu-central-1' is in Frankfurt, the same city as the host's region fra1; the off-site copy must survive the loss of that city; use a region elsewhere, e.g. eu-west-1"));
        c.add(c("offsite", "staging").set("fleet:backup", j("{'bucketRegion': 'eu-west-1'}")).expect(
                "fleet:backup.bucketRegion: 'eu-west-1' is in Dublin, the same city as the host's region eu-west-1; the off-site copy must survive the loss of that city; use a region elsewhere, e.g. eu-central-1"));
        c.add(c("offsite", "production").set("fleet:region", "lon1").set("fleet:backup", j("{'bucketRegion': 'eu-west-2'}")).expect(
                "fleet:backup.bucketRegion: 'eu-west-2' is in London, the same city as the host's region lon1; the off-site copy must survive the loss of that city; use a region elsewhere, e.g. eu-central-1"));
        c.add(c("offsite", "production").set("fleet:region", "sgp1").set("fleet:backup", j("{'bucketRegion': 'ap-southeast-1'}")).expect(
                "fleet:backup.bucketRegion: 'ap-southeast-1' is in Singapore, the same city as the host's region sgp1; the off-site copy must survive the loss of that city; use a region elsewhere, e.g. eu-central-1"));
        c.add(c("offsite", "production").set("fleet:backup", j("{'bucketRegion': 'fra1'}")).expect(
                "fleet:backup.bucketRegion: 'fra1' is not an AWS region (the bucket is on S3); it is a DigitalOcean region; use one of: eu-west-1, eu-west-2, eu-west-3, eu-central-1, eu-central-2, eu-south-1, eu-south-2, eu-north-1, us-east-1, us-east-2, us-west-1, us-west-2, ca-central-1, me-central-1, af-south-1, ap-south-1, ap-southeast-1, ap-southeast-2, ap-northeast-1"));
        // ---- safe defaults: cloud credentials --------------------------------------------------------------------------------
        c.add(c("credential", "production").set("digitalocean:token", "dop_v1_plaintext").expect(
                "digitalocean:token: is stored in plain text; set it with `pulumi config set --secret digitalocean:token <value>`"));
        c.add(c("credential", "staging").secret("digitalocean:token", "dop_v1_secret_but_unused").expect(
                "digitalocean:token: is set, but this stack runs on AWS: a credential for a cloud the stack does not use only widens what a leak exposes; remove it with `pulumi config rm digitalocean:token`"));
        c.add(c("credential", "staging").set("digitalocean:spacesSecretKey", "spaces-plain").expect(
                "digitalocean:spacesSecretKey: is set, but this stack runs on AWS: a credential for a cloud the stack does not use only widens what a leak exposes; remove it with `pulumi config rm digitalocean:spacesSecretKey`"));
        c.add(c("credential", "production").set("aws:secretKey", "aws-plaintext-secret").expect(
                "aws:secretKey: is stored in plain text; set it with `pulumi config set --secret aws:secretKey <value>`"));
        c.add(c("credential", "staging").set("aws:token", "aws-plaintext-session").expect(
                "aws:token: is stored in plain text; set it with `pulumi config set --secret aws:token <value>`"));
        // ---- secrets ----------------------------------------------------------------------------------------------------
        c.add(c("secret", "production").remove("fleet:dbPassword").expect(
                "fleet:dbPassword: is required; set it with `pulumi config set --secret fleet:dbPassword <value>`"));
        c.add(c("secret", "production").set("fleet:dbRootPassword", "plain-text-password-0001").expect(
                "fleet:dbRootPassword: is stored in plain text; set it with `pulumi config set --secret fleet:dbRootPassword <value>`"));
        c.add(c("secret", "production").secret("fleet:redisPassword", "tiny-pw").expect(
                "fleet:redisPassword: (secret) is too short (7 characters); use ≥ 16 of letters, digits and ._~!+,=^-, e.g. openssl rand -base64 32 | tr -d '/+='"));
        c.add(c("secret", "production").secret("fleet:redisPassword", "has space in it 0123456789").expect(
                "fleet:redisPassword: (secret) contains a space; use ≥ 16 of letters, digits and ._~!+,=^-, e.g. openssl rand -base64 32 | tr -d '/+='"));
        c.add(c("secret", "production").secret("fleet:dbPassword", "at@sign:breaks/the-database-url").expect(
                "fleet:dbPassword: (secret) contains a character that needs quoting; use ≥ 16 of letters, digits and ._~!+,=^-, e.g. openssl rand -base64 32 | tr -d '/+='"));
        c.add(c("secret", "production").secret("fleet:dbPassword", "quote'in-the-password-0123").expect(
                "fleet:dbPassword: (secret) contains a character that needs quoting; use ≥ 16 of letters, digits and ._~!+,=^-, e.g. openssl rand -base64 32 | tr -d '/+='"));
        c.add(c("secret", "production").secret("fleet:appKey", "base64:dG9vc2hvcnQ=").expect(
                "fleet:appKey: (secret) decodes to 8 bytes, not 32; use base64: and 32 random bytes in base64 (php artisan key:generate --show)"));
        c.add(c("secret", "production").secret("fleet:appKey", "not-a-laravel-key").expect(
                "fleet:appKey: (secret) does not start with 'base64:'; use base64: and 32 random bytes in base64 (php artisan key:generate --show)"));
        // ---- YAML 1.2 values as the engine hands them over --------------------------------------------------------------
        c.add(c("yaml12", "production").set("fleet:tls", j("{'acmeStaging': 'yes'}")).expect(
                "fleet:tls.acmeStaging: 'yes' is not a boolean (YAML 1.2 reads yes/no/on/off as text); use true or false"));
        c.add(c("yaml12", "production").set("fleet:dnsTtl", "0300").expect(
                "fleet:dnsTtl: '0300' has a leading zero (YAML 1.1 reads it as octal); write it without the zero"));
        c.add(c("yaml12", "production").set("fleet:backup", j("{'retentionDays': 30.5}")).expect(
                "fleet:backup.retentionDays: '30.5' is not a whole number; use 1…3650"));
        c.add(c("yaml12", "production").set("fleet:sshPort", "22.0").expect(
                "fleet:sshPort: '22.0' is not a whole number; use 1…65535, not 80 or 443"));
        // ---- types, ranges, unknown keys ------------------------------------------------------------------------------
        c.add(c("type", "production").set("fleet:backup", j("{'schedule': {'at': '02:00'}}")).expect(
                "fleet:backup.schedule: is a mapping; use a single value: systemd OnCalendar: `hourly`, `daily`, `weekly`, `monthly` or `[Mon..Sun[,…]] [*-*-*] HH:MM[:SS] [UTC]`, each time part `*`, `N`, `N..M`, `N/STEP` or a `,` list"));
        c.add(c("type", "production").set("fleet:backup", "[30]").expect(
                "fleet:backup: is a list; use a mapping with the keys bucketName, bucketRegion, drillSchedule, localKeep, restoreBucket, restoreFrom, retentionDays, schedule"));
        c.add(c("type", "production").set("fleet:backup", "thirty").expect(
                "fleet:backup: is a single value ('thirty'); use a mapping with the keys bucketName, bucketRegion, drillSchedule, localKeep, restoreBucket, restoreFrom, retentionDays, schedule"));
        c.add(c("type", "production").set("fleet:backup", j("{'retentionDays': 0}")).expect(
                "fleet:backup.retentionDays: '0' is out of range; use 1…3650"));
        c.add(c("type", "production").set("fleet:backup", j("{'retentionDays': 'a month'}")).expect(
                "fleet:backup.retentionDays: 'a month' is not a whole number; use 1…3650"));
        c.add(c("type", "production").set("fleet:backup", j("{'localKeep': 0}")).expect(
                "fleet:backup.localKeep: '0' is out of range; use 1…100"));
        c.add(c("type", "production").set("fleet:backup", j("{'restoreFrom': '../etc/passwd'}")).expect(
                "fleet:backup.restoreFrom: '../etc/passwd' is not a backup name; use none, latest or a name such as fleet-20261125T020000Z"));
        c.add(c("type", "production").set("fleet:backup", j("{'restoreBucket': 'other-bucket'}")).expect(
                "fleet:backup.restoreBucket: is set but fleet:backup.restoreFrom is 'none'; set restoreFrom to latest or a backup name, or remove restoreBucket"));
        c.add(c("type", "production").set("fleet:dnsTtl", "5").expect(
                "fleet:dnsTtl: '5' is out of range; use 30…86400"));
        c.add(c("type", "production").set("fleet:dnsTtl", "five").expect(
                "fleet:dnsTtl: 'five' is not a whole number; use 30…86400"));
        c.add(c("type", "production").set("fleet:sshPort", "443").expect(
                "fleet:sshPort: '443' is the web server's port; use another, e.g. 2222"));
        c.add(c("type", "production").set("fleet:sshPort", "70000").expect(
                "fleet:sshPort: '70000' is out of range; use 1…65535, not 80 or 443"));
        c.add(c("type", "production").set("fleet:images", j("{'api': 'fleetbase/fleetbase-api:latest'}")).expect(
                "fleet:images.api: 'fleetbase/fleetbase-api:latest' uses 'latest', which floats; use repo:tag or repo@sha256:<digest>, e.g. mysql:8.0.40"));
        c.add(c("type", "production").set("fleet:images", j("{'database': 'mysql'}")).expect(
                "fleet:images.database: 'mysql' has no tag, so it floats; use repo:tag or repo@sha256:<digest>, e.g. mysql:8.0.40"));
        c.add(c("type", "production").set("fleet:images", j("{'proxy': 'nginx:1.27'}")).expect(
                "fleet:images.proxy: unknown key (misspelt?); known keys under fleet:images: api, cache, console, database, httpd, socket"));
        c.add(c("type", "production").set("fleet:tls", j("{'mode': 'acme'}")).expect(
                "fleet:tls.mode: 'acme' is not supported; use one of: letsencrypt, self-signed, provided"));
        c.add(c("type", "production").set("fleet:tls", j("{'mode': 'provided'}")).expect(
                "fleet:tlsCertificate: is required with tls.mode provided: the PEM chain, leaf first (`pulumi config set fleet:tlsCertificate < fullchain.pem`)",
                "fleet:tlsPrivateKey: is required; set it with `pulumi config set --secret fleet:tlsPrivateKey <value>`"));
        c.add(c("type", "production").set("fleet:monitoring", j("{'cpuPercent': 150}")).expect(
                "fleet:monitoring.cpuPercent: '150' is out of range; use 10…100"));
        c.add(c("type", "production").set("fleet:monitoring", j("{'uptimeRegions': ['mars']}")).expect(
                "fleet:monitoring.uptimeRegions[0]: 'mars' is not a DigitalOcean uptime region; use one of: us_east, us_west, eu_west, se_asia"));
        c.add(c("type", "production").set("fleet:monitoring", j("{'downMinutes': 4}")).expect(
                "fleet:monitoring.downMinutes: '4' is not a value the provider accepts; use one of: 2, 3, 5, 10, 15, 30, 60"));
        c.add(c("type", "staging").set("fleet:monitoring", j("{'healthCheckIntervalSeconds': 60}")).expect(
                "fleet:monitoring.healthCheckIntervalSeconds: '60' is not a value the provider accepts; use one of: 10, 30"));
        c.add(c("type", "production").set("fleet:regoin", "fra1").expect(
                "fleet:regoin: unknown key; did you mean fleet:region?"));
        c.add(c("type", "production").set("fleet:colour", "blue").expect(
                "fleet:colour: unknown key (misspelt?); known keys: cloud, region, hostSize, image, dataVolumeGb, availabilityZone, timezone, environment, topology, appHosts, managed, domain, dnsZone, dnsTtl, adminEmail, alertEmail, sshPublicKeys, sshPort, sshAllowedCidrs, sshAllowAnywhere, sshHostKey, images, backup, tls, tlsCertificate, monitoring, smtp, dbRootPassword, dbPassword, redisPassword, appKey, smtpPassword, tlsPrivateKey, uploadsAccessKeyId, uploadsSecretKey"));
        c.add(c("type", "production").set("fleet:sshPublicKeys", j("['ssh-rsa notbase64!!']")).expect(
                "fleet:sshPublicKeys[0]: 'ssh-rsa notbase64!!' is not an OpenSSH public key: ssh key of type ssh-rsa: key data is not valid base64; use a line of ~/.ssh/id_ed25519.pub (ed25519, ecdsa or rsa ≥ 2048 bits)"));
        c.add(c("type", "production").set("fleet:sshPublicKeys", j("['ssh-dss AAAAB3NzaC1kc3M=']")).expect(
                "fleet:sshPublicKeys[0]: 'ssh-dss AAAAB3NzaC1kc3M=' is not an OpenSSH public key: unsupported ssh key type 'ssh-dss' (accepted: ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, ecdsa-sha2-nistp521, ssh-ed25519, ssh-rsa); use a line of ~/.ssh/id_ed25519.pub (ed25519, ecdsa or rsa ≥ 2048 bits)"));
        c.add(c("type", "production").set("fleet:sshPublicKeys", j("['ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDhJdbQkxM4fqcqnLCO/SpUSCpYPLinFkuLWbXUWNpQ4JH4oSsN/W9Y00vL9xpyrRstEt6cx6xFpE8iQS98NLEQzmgJhTw2bVfZNSflWuyPGEfk0EkyPGLmqR2CaGePoVdkw+r50MMhWIiljNsrb2w7ru+nNfg+7g/zO22APCHtIw==']")).expect(
                "fleet:sshPublicKeys[0]: 'ssh-rsa AAAAB3NzaC1yc2EA...' is not an OpenSSH public key: ssh-rsa key is 1024 bits; at least 2048 required; use a line of ~/.ssh/id_ed25519.pub (ed25519, ecdsa or rsa ≥ 2048 bits)"));
        // ---- topology: the scaled topology's keys and what it refuses ----------------------------------------------
        c.add(c("topology", "production").set("fleet:topology", "cluster").expect(
                "fleet:topology: 'cluster' is not supported; use one of: single, scaled"));
        c.add(c("topology", "production").set("fleet:appHosts", "3").expect(
                "fleet:appHosts: is a setting of the scaled topology, but fleet:topology is single; remove it, or set fleet:topology: scaled"));
        c.add(c("topology", "production").set("fleet:managed", j("{'databaseSize': 'db-s-2vcpu-4gb'}")).expect(
                "fleet:managed.databaseSize: is a setting of the scaled topology, but fleet:topology is single; remove it, or set fleet:topology: scaled"));
        c.add(c("topology", "staging").secret("fleet:uploadsAccessKeyId", "DO00SPACESKEYEXAMPLE").expect(
                "fleet:uploadsAccessKeyId: is set, but only a scaled DigitalOcean stack keeps its uploads in Spaces (a single host keeps them on its data volume); remove it with `pulumi config rm fleet:uploadsAccessKeyId`"));
        c.add(c("topology", "scaled").set("fleet:appHosts", "1").expect(
                "fleet:appHosts: '1' is out of range; use 2…10; `scaled` only"));
        c.add(c("topology", "scaled").set("fleet:appHosts", "11").expect(
                "fleet:appHosts: '11' is out of range; use 2…10; `scaled` only"));
        c.add(c("topology", "scaled").secret("fleet:dbRootPassword", "root-password-0123456789").expect(
                "fleet:dbRootPassword: is set, but a scaled stack has no database container: the managed engine's administrator belongs to the cloud; remove it with `pulumi config rm fleet:dbRootPassword`"));
        c.add(c("topology", "scaled").secret("fleet:dbPassword", "app-password-0123456789").secret("fleet:redisPassword", "cache-password-0123456789").expect(
                "fleet:dbPassword: is set, but DigitalOcean generates the managed database user's password; remove it with `pulumi config rm fleet:dbPassword`",
                "fleet:redisPassword: is set, but DigitalOcean generates the managed Valkey cluster's password; remove it with `pulumi config rm fleet:redisPassword`"));
        c.add(c("topology", "scaled").remove("fleet:uploadsSecretKey").expect(
                "fleet:uploadsSecretKey: is required; set it with `pulumi config set --secret fleet:uploadsSecretKey <value>`"));
        c.add(c("topology", "scaled").set("fleet:dataVolumeGb", "100").expect(
                "fleet:dataVolumeGb: is set, but the app hosts of a scaled stack keep no state (the database, cache and uploads are managed services); remove it with `pulumi config rm fleet:dataVolumeGb`"));
        c.add(c("topology", "scaled").set("fleet:tls", j("{'mode': 'self-signed', 'acmeStaging': true}")).expect(
                "fleet:tls.mode: 'self-signed' is not available: the load balancer of a scaled stack terminates TLS with a certificate the cloud issues and renews (DigitalOcean's Let's Encrypt certificate / ACM); remove it or use letsencrypt",
                "fleet:tls.acmeStaging: is true, but the load balancer of a scaled stack terminates TLS with a certificate the cloud issues and renews (DigitalOcean's Let's Encrypt certificate / ACM); remove it"));
        c.add(c("topology", "scaled").set("fleet:images", j("{'cache': 'redis:7.2.6-alpine'}")).expect(
                "fleet:images.cache: is set, but a scaled stack runs no Redis container (the cache is a managed service); remove it with `pulumi config rm --path 'fleet:images.cache'`"));
        c.add(c("topology", "scaled").set("fleet:managed", j("{'databaseSize': 'db.t4g.medium', 'cacheSize': 'cache.t4g.small'}")).expect(
                "fleet:managed.databaseSize: 'db.t4g.medium' is not a DigitalOcean database size slug; use e.g. db-s-2vcpu-4gb",
                "fleet:managed.cacheSize: 'cache.t4g.small' is not a DigitalOcean database size slug; use e.g. db-s-1vcpu-2gb"));
        c.add(c("topology", "scaled").set("fleet:managed", j("{'networkRange': '203.0.113.0/24'}")).expect(
                "fleet:managed.networkRange: '203.0.113.0/24' is not a private range; use a network inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16"));
        c.add(c("topology", "scaled").set("fleet:managed", j("{'networkRange': '10.16.0.0/12'}")).expect(
                "fleet:managed.networkRange: '10.16.0.0/12' is a /12; the cloud takes /16 to /28 here"));
        c.add(c("topology", "scaled").set("fleet:managed", j("{'networkRange': '10.20.0.1/20'}")).expect(
                "fleet:managed.networkRange: '10.20.0.1/20' has host bits set; did you mean 10.20.0.0/20 (or 10.20.0.1/32 for that one address)?"));
        c.add(c("topology", "scaled-aws").secret("fleet:dbPassword", "a".repeat(42)).expect(
                "fleet:dbPassword: (secret) is too long (42 characters); RDS takes at most 41 characters for MySQL's master password; use 41 or fewer of letters, digits and ._~!+,=^-"));
        c.add(c("topology", "scaled-aws").secret("fleet:redisPassword", "b".repeat(129)).expect(
                "fleet:redisPassword: (secret) is too long (129 characters); ElastiCache takes an AUTH token of at most 128 characters; use 128 or fewer of letters, digits and ._~!+,=^-"));
        c.add(c("topology", "scaled-aws").set("fleet:availabilityZone", "eu-west-1b").expect(
                "fleet:availabilityZone: is set, but a scaled stack spreads its hosts, database and cache over two zones of the region by itself; remove it with `pulumi config rm fleet:availabilityZone`"));
        c.add(c("topology", "scaled-aws").secret("fleet:uploadsAccessKeyId", "AKIAEXAMPLE").expect(
                "fleet:uploadsAccessKeyId: is set, but on AWS the stack makes the uploads bucket's IAM user itself; remove it with `pulumi config rm fleet:uploadsAccessKeyId`"));
        c.add(c("topology", "scaled-aws").set("fleet:managed", j("{'cacheSize': 'db-s-1vcpu-2gb', 'networkRange': '10.30.0.0/26'}")).expect(
                "fleet:managed.cacheSize: 'db-s-1vcpu-2gb' is not an ElastiCache node type; use e.g. cache.t4g.small",
                "fleet:managed.networkRange: '10.30.0.0/26' is a /26; the cloud takes /16 to /24 here"));
        c.add(c("type", "production").set("fleet:environment", "Production!").expect(
                "fleet:environment: 'Production!' is not an environment label; use 1-32 lower-case letters, digits and '-', e.g. production"));
        return c;
    }

    /** A real, unrelated PKCS#8 key (generated per run): the key is not what the PEM cases are about. */
    static final String TEST_KEY = pkcs8();

    private static String pkcs8() {
        try {
            var g = KeyPairGenerator.getInstance("EC");
            g.initialize(256);
            return "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(g.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Case pem(String certificate) {
        return c("pem", "production").set("fleet:tls", j("{'mode': 'provided'}")).set("fleet:tlsCertificate", certificate)
                .secret("fleet:tlsPrivateKey", TEST_KEY);
    }

    private static Case anywhere(String value) {
        return c("anywhere", "production").set("fleet:sshAllowedCidrs", "[\"" + value + "\"]");
    }

    private static Case cidr(String value) {
        return c("cidr", "production").set("fleet:sshAllowedCidrs", "[\"" + value.replace("\"", "\\\"") + "\"]");
    }

    static Stream<Arguments> cases() {
        return all().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedBeforeAnyResourceWithTheExactMessage(Case k) {
        List<String> secretValues = k.secrets().stream().map(s -> k.set().get(s)).toList();
        assertThat(k.expected()).as("expected lines of %s", k).isNotEmpty();
        Refusals.assertRefused(k.stack(), k.file(), k.expected(), secretValues);
    }

    /** Writes each case's actual lines as Java to a file (-Dmatrix.actual=FILE), to review when adding cases. */
    @Test
    void writeActualLinesWhenAsked() throws Exception {
        String out = System.getProperty("matrix.actual");
        if (out == null) return;
        StringBuilder b = new StringBuilder();
        for (Case k : all()) {
            try {
                StackSettingsLoader.load(k.file().source(), "fleet", k.stack());
                b.append("ACCEPTED ").append(k).append('\n');
            } catch (StackConfigException e) {
                b.append(new com.google.gson.Gson().toJson(e.problems().stream().map(ConfigProblem::toString).toList()))
                        .append('\n');
            }
        }
        java.nio.file.Files.writeString(java.nio.file.Path.of(out), b.toString());
    }

    @Test
    void everyClassHasSeveralCasesAndNoCaseRepeats() {
        List<Case> all = all();
        Map<String, Long> perClass = all.stream().collect(Collectors.groupingBy(Case::cls, TreeMap::new, Collectors.counting()));
        assertThat(perClass.values()).allMatch(n -> n >= 3);
        Map<String, Integer> seen = new HashMap<>();
        all.forEach(k -> seen.merge(k.stack() + k.set() + k.remove(), 1, Integer::sum));
        assertThat(seen.values()).allMatch(n -> n == 1);
        assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    }
}
