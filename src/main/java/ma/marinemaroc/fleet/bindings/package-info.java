/**
 * Hand-written typed Pulumi bindings for providers without a published Java SDK: DigitalOcean 4.76.0
 * ({@code digitalocean}), Command 1.2.1 ({@code command}) and TLS 5.5.1 ({@code tls}). Only what is needed is
 * bound; names and types follow the providers' schemas (checked by {@code SchemaConformanceTest} against fixtures
 * in {@code src/test/resources/provider-schemas/}).
 *
 * <p>Conventions mirror the generated SDKs: {@code XArgs.builder()...build()} with {@code Output<T>} and plain
 * {@code T} setters (plus varargs for lists; {@code build()} rejects a missing schema-required input with
 * {@code "XArgs.prop is required"}); resources expose {@code public Output<T> prop()} getters and take
 * {@code (name, args)} or {@code (name, args, options)}. Every constructor merges the caller's options with the
 * pinned plugin version and the resource's {@code SECRET_OUTPUTS} (see {@link
 * ma.marinemaroc.fleet.bindings.PluginDefaults}); {@code com/pulumi/<name>/plugin.json} lets the Java language
 * host install the matching plugin. Secret inputs (connection, private keys, API token) are always wrapped as
 * secret Outputs by the builders, and getters of secret outputs always return secret Outputs.
 *
 * <p>Besides what the stacks use today, {@code digitalocean} binds the managed-service resources a multi-service
 * layout needs (Volume, VolumeAttachment, Vpc, Tag, DatabaseCluster/Db/User/Firewall/Replica, DatabaseMysqlConfig,
 * DatabaseValkeyConfig, LoadBalancer, and the certificate as {@code DoCertificate}, named apart from the on-host
 * {@code ma.marinemaroc.fleet.tls.Certificate} component). Property names that are Java keywords get a trailing
 * underscore in Java only ({@code Vpc.default_()} exports {@code default}), as in the generated SDKs.
 */
package ma.marinemaroc.fleet.bindings;
