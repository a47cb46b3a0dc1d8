// One schema file per table (STYLE habit 11); this file only lists them.
export * from './meta.ts';
export * from './users.ts';
export * from './sessions.ts';
export * from './access-tokens.ts';
export * from './audit-events.ts';
export * from './login-attempts.ts';
export * from './replies.ts';
export * from './reply-versions.ts';
export * from './reply-transitions.ts';
export * from './reply-uses.ts';
export * from './reply-brand-settings.ts';
