package dev.crmkit.mybatis.internal;

/**
 * Marks a record that the mappers' OGNL expressions read ({@code f.stage}, {@code page.column}):
 * {@link OgnlRecordAccessor} reads its components through a per-class cache, so the record needs
 * no JavaBean getters. Only records may implement it.
 */
public interface OgnlRecord {}
