package org.leavingcare.notification.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.leavingcare.notification.domain.rules.RuleCatalogue;

/** The rule catalogue, built once with this authority's configured numbers. */
@ApplicationScoped
public class RuleCatalogueProducer {

    @Produces
    @Singleton
    RuleCatalogue catalogue(RulesConfig config) {
        return new RuleCatalogue(config.toSettings());
    }
}
