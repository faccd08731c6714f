package org.crossflag.gateway.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.crossflag.gateway.matching.PartialDate;

/**
 * A date of birth in the form {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy} must also name a date that exists:
 * "1990-02-30" is refused here, naming the field, rather than at ingest. A text of another form is left to the
 * field's {@code @Pattern}, so that it is refused once.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PossibleDate.Check.class)
@interface PossibleDate {

    String message() default "must be a date that exists, of the form 2026-12-07, 2026-12 or 2026";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Check implements ConstraintValidator<PossibleDate, String> {

        private static final Pattern FORM = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || !FORM.matcher(value).matches()) {
                return true;
            }
            try {
                PartialDate.parse(value);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
