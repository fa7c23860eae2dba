package ma.marinemaroc.fleet.components;

import com.pulumi.core.Output;
import com.pulumi.core.annotations.Import;
import com.pulumi.resources.ResourceArgs;

/** Inputs of {@link AwsTargetAttachment}. */
public final class AwsTargetAttachmentArgs extends ResourceArgs {
    /** The app host's EC2 instance id ({@code Ec2Host#hostId()}). Required. */
    @Import(name = "instanceId", required = true)
    private Output<String> instanceId;
    /** {@link AwsLoadBalancer#webTargetGroupArn()}. Required. */
    @Import(name = "webTargetGroupArn", required = true)
    private Output<String> webTargetGroupArn;
    /** {@link AwsLoadBalancer#socketTargetGroupArn()}. Required. */
    @Import(name = "socketTargetGroupArn", required = true)
    private Output<String> socketTargetGroupArn;

    private AwsTargetAttachmentArgs() {
    }

    public Output<String> instanceId() {
        return instanceId;
    }

    public Output<String> webTargetGroupArn() {
        return webTargetGroupArn;
    }

    public Output<String> socketTargetGroupArn() {
        return socketTargetGroupArn;
    }

    /** Every problem at once, naming the inputs. */
    public void validate() {
        new ArgsCheck("AwsTargetAttachmentArgs").required("instanceId", instanceId)
                .required("webTargetGroupArn", webTargetGroupArn).required("socketTargetGroupArn", socketTargetGroupArn)
                .done();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final AwsTargetAttachmentArgs a = new AwsTargetAttachmentArgs();

        private Builder() {
        }

        public Builder instanceId(Output<String> v) { a.instanceId = v; return this; }
        public Builder webTargetGroupArn(Output<String> v) { a.webTargetGroupArn = v; return this; }
        public Builder socketTargetGroupArn(Output<String> v) { a.socketTargetGroupArn = v; return this; }

        /** Checks the inputs; see {@link AwsTargetAttachmentArgs#validate()}. */
        public AwsTargetAttachmentArgs build() {
            a.validate();
            return a;
        }
    }
}
