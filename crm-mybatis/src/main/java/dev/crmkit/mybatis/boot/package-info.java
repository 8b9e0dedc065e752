/**
 * Spring Boot auto-configuration for crm-mybatis: {@link
 * dev.crmkit.mybatis.boot.CrmMyBatisAutoConfiguration}. Needs Spring Boot and mybatis-spring,
 * optional dependencies of crm-mybatis.
 */
@NullMarked
package dev.crmkit.mybatis.boot;

import org.jspecify.annotations.NullMarked;
