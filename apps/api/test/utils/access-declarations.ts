import type { INestApplication } from '@nestjs/common';
import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_KEY, type AccessRequirement } from '../../src/common/auth/access.decorator';

export interface Declaration {
  operation: string;
  requirement: AccessRequirement | undefined;
}

/** Every Query/Mutation/Subscription resolver method with its declared @Access requirement. */
export function accessDeclarations(app: INestApplication): Declaration[] {
  const modules = app.get(ModulesContainer);
  const scanner = new MetadataScanner();
  const found: Declaration[] = [];
  const wrappers = [...modules.values()].flatMap((m) => [...m.providers.values()]);
  for (const wrapper of new Set(wrappers)) {
    const instance = wrapper.instance as Record<string, unknown> | undefined;
    if (!instance || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance);
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method];
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (!type || !['Query', 'Mutation', 'Subscription'].includes(type)) continue;
      const name =
        (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      found.push({
        operation: `${type}.${name}`,
        requirement: Reflect.getMetadata(ACCESS_KEY, handler),
      });
    }
  }
  return found.sort((a, b) => a.operation.localeCompare(b.operation));
}
