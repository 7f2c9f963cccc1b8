package dev.rt.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.rt.annotation.Supervisor;
import dev.rt.processor.binding.SupervisorModels;
import dev.rt.processor.model.SupervisorModel;
import dev.rt.processor.validation.SupervisorValidator;
import dev.rt.processor.validation.ValidationResult;
import dev.rt.processor.writing.SupervisorWriter;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Processes {@link Supervisor} classes: read and validate ({@link SupervisorValidator}), build the
 * model ({@link SupervisorModel}) from what the validator accepted ({@link SupervisorModels}), then
 * write the generated supervisor ({@link SupervisorWriter}).
 * Deferral, reporting and writing are {@link ModelStep}'s.
 *
 * <p>A supervisor names the handles of its children, which {@link ActorBehaviorStep} generates,
 * and the generated supervisors of its nested supervisors, which this step generates: it waits,
 * round after round, until they all exist.
 */
final class SupervisorStep extends ModelStep<SupervisorModel> {
    private final SupervisorValidator validator;
    private final SupervisorModels models;
    private final SupervisorWriter writer = new SupervisorWriter();

    SupervisorStep(ProcessingEnvironment env, Reporter reporter) {
        super(env, reporter);
        this.validator = new SupervisorValidator(env);
        this.models = new SupervisorModels(env);
    }

    @Override
    public String annotation() {
        return Supervisor.class.getCanonicalName();
    }

    @Override
    ValidationResult<SupervisorModel> validate(TypeElement tree) {
        return validator.validate(tree).map(models::model);
    }

    @Override
    List<ClassName> generatedTypes(SupervisorModel model) {
        return List.of(model.supervisor());
    }

    @Override
    List<JavaFile> files(SupervisorModel model, TypeElement tree) {
        return List.of(writer.write(model, tree));
    }
}
