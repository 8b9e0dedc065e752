/**
 * The MyBatis adapter in a Spring application: {@link
 * dev.crmkit.mybatis.spring.SpringMyBatisCrmStorage} joins the application's Spring-managed
 * transactions through mybatis-spring. Needs spring-tx, spring-jdbc and mybatis-spring, optional
 * dependencies of crm-mybatis that a Spring host using MyBatis already has.
 */
@NullMarked
package dev.crmkit.mybatis.spring;

import org.jspecify.annotations.NullMarked;
