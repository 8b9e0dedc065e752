package dev.crmkit.core.contract;

import static dev.crmkit.core.contract.TestData.aContact;
import static dev.crmkit.core.contract.TestData.aPipeline;

import dev.crmkit.core.Crm;
import dev.crmkit.core.contact.Contact;
import dev.crmkit.core.pipeline.Pipeline;
import dev.crmkit.core.testing.MutableClock;
import dev.crmkit.core.testing.RecordingListener;

/** Base of the contract test classes: access to the context and the most common givens. */
public abstract class ContractTest {

    /** Supplied by the nested class in {@link CrmStorageContract}. */
    protected abstract CrmTestContext ctx();

    protected Crm crm() {
        return ctx().crm();
    }

    protected MutableClock clock() {
        return ctx().clock();
    }

    protected RecordingListener events() {
        return ctx().events();
    }

    protected Contact givenContact() {
        return crm().contacts().create(aContact().build());
    }

    protected Pipeline givenPipeline() {
        return crm().pipelines().create(aPipeline());
    }
}
