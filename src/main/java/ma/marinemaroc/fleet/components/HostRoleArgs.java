package ma.marinemaroc.fleet.components;

import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** Inputs of {@link HostRole}. */
public final class HostRoleArgs extends ResourceArgs {
    /** Name of the role and of the instance profile. Required. */
    @Import(name = "roleName", required = true)
    private String roleName;
    /** Shown in IAM. Default "Fleet host: CloudWatch agent metrics". */
    @Import(name = "description")
    private String description;

    private HostRoleArgs() {
    }

    public String roleName() {
        return roleName;
    }

    public String description() {
        return description == null ? "Fleet host: CloudWatch agent metrics" : description;
    }

    public void validate() {
        new ArgsCheck("HostRoleArgs").required("roleName", roleName)
                .that(roleName == null || roleName.matches("[A-Za-z0-9+=,.@_-]{1,64}"),
                        "roleName '" + roleName + "' is not an IAM role name")
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final HostRoleArgs a = new HostRoleArgs();

        private Builder() {
        }

        public Builder roleName(String v) { a.roleName = v; return this; }
        public Builder description(String v) { a.description = v; return this; }

        public HostRoleArgs build() {
            a.validate();
            return a;
        }
    }
}
