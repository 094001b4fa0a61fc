import {
  Kind,
  Lexer,
  Source,
  TokenKind,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { AppError, ErrorCode } from '../errors';

/**
 * Limits on the document itself, checked before graphql-js validation walks it (some of its
 * rules, such as OverlappingFieldsCanBeMerged, are super-linear on fragment chains). Every
 * check here is linear in the document: the text is measured before parsing, and fragments
 * are measured once each (memoised), so expansion is counted arithmetically, never walked.
 */
export const DOCUMENT_LIMITS = {
  /** Characters of query text (the web app's largest operation is under 2 kB, GraphiQL's introspection 2 kB). */
  maxDocumentBytes: 100_000,
  /** Lexical tokens (graphql-js `maxTokens`; the web app's largest operation has 174, GraphiQL's introspection about 400). */
  maxTokens: 10_000,
  /** Nesting of fields, counting leaves. */
  maxDepth: 12,
  /** Nesting below `__schema` / `__type`, which GraphiQL's introspection query needs (15). */
  maxIntrospectionDepth: 16,
  /** Aliased fields per operation, `__` fields included. */
  maxAliases: 30,
  /**
   * Fields after fragment expansion. The web app's largest operation expands to 61, GraphiQL's
   * full introspection to 229. It also bounds graphql-js's OverlappingFieldsCanBeMerged, which
   * is super-linear in fields sharing a response name: 500 such fields validate in about 40-60 ms.
   */
  maxFields: 500,
  /** `__schema` and `__type` per operation: each returns (part of) the whole schema. */
  maxIntrospectionFields: 1,
} as const;

const tooLarge = (what: 'bytes' | 'tokens', size: number, limit: number) =>
  new AppError(
    ErrorCode.DOCUMENT_TOO_LARGE,
    what === 'bytes'
      ? `This document is ${size} characters long; the limit is ${limit}.`
      : `This document has more than ${limit} tokens; the limit is ${limit}.`,
    { [what]: size, limit, http: { status: 400 } },
  );

/**
 * The text of a document, before it is parsed: its length, then its token count (stopping at
 * the limit). A syntax error is left for the parser to report.
 */
export function checkDocumentText(text: string): void {
  if (text.length > DOCUMENT_LIMITS.maxDocumentBytes)
    throw tooLarge('bytes', text.length, DOCUMENT_LIMITS.maxDocumentBytes);
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++tokens > DOCUMENT_LIMITS.maxTokens)
        throw tooLarge('tokens', tokens, DOCUMENT_LIMITS.maxTokens);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
  }
}

/** What one selection set (or a whole operation or fragment) amounts to once fragments are expanded. */
export interface DocumentShape {
  /** The deepest path of fields outside introspection, leaves included. */
  depth: number;
  /** The deepest path through `__schema` / `__type`, counted from the same level. */
  introspectionDepth: number;
  aliases: number;
  fields: number;
  /** `__schema` and `__type` fields. */
  introspectionFields: number;
}

const ZERO: DocumentShape = {
  depth: 0,
  introspectionDepth: 0,
  aliases: 0,
  fields: 0,
  introspectionFields: 0,
};
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
/** Counts saturate here: a doubling chain must not overflow to Infinity in messages. */
const SATURATED = Number.MAX_SAFE_INTEGER;
const add = (a: number, b: number) => Math.min(SATURATED, a + b);

/**
 * The shape of every operation and fragment of a document, in time linear in its size: each
 * fragment's shape is computed once and reused wherever it is spread (`...F ...F` adds its
 * counts twice without walking it twice). Unknown or cyclic spreads count as nothing here;
 * validation reports them.
 */
export function measureDocument(
  document: DocumentNode,
): Array<{ name: string; fragment: boolean; shape: DocumentShape }> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION && !fragments.has(definition.name.value))
      fragments.set(definition.name.value, definition);
  }
  const measured = new Map<string, DocumentShape>();
  const measuring = new Set<string>();

  const ofFragment = (name: string): DocumentShape => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || measuring.has(name)) return ZERO;
    measuring.add(name);
    const shape = ofSelectionSet(fragment.selectionSet);
    measuring.delete(name);
    measured.set(name, shape);
    return shape;
  };

  const ofField = (field: FieldNode): DocumentShape => {
    const child = field.selectionSet ? ofSelectionSet(field.selectionSet) : ZERO;
    const isRoot = INTROSPECTION_ROOTS.has(field.name.value);
    return {
      depth: isRoot ? 0 : 1 + child.depth,
      introspectionDepth: isRoot
        ? 1 + Math.max(child.depth, child.introspectionDepth)
        : child.introspectionDepth
          ? 1 + child.introspectionDepth
          : 0,
      aliases: add(field.alias ? 1 : 0, child.aliases),
      fields: add(1, child.fields),
      introspectionFields: add(isRoot ? 1 : 0, child.introspectionFields),
    };
  };

  const ofSelectionSet = (set: SelectionSetNode): DocumentShape => {
    const total = { ...ZERO };
    for (const selection of set.selections) {
      const shape =
        selection.kind === Kind.FIELD
          ? ofField(selection)
          : selection.kind === Kind.INLINE_FRAGMENT
            ? ofSelectionSet(selection.selectionSet)
            : ofFragment(selection.name.value);
      total.depth = Math.max(total.depth, shape.depth);
      total.introspectionDepth = Math.max(total.introspectionDepth, shape.introspectionDepth);
      total.aliases = add(total.aliases, shape.aliases);
      total.fields = add(total.fields, shape.fields);
      total.introspectionFields = add(total.introspectionFields, shape.introspectionFields);
    }
    return total;
  };

  return document.definitions.flatMap(
    (definition): Array<{ name: string; fragment: boolean; shape: DocumentShape }> =>
      definition.kind === Kind.OPERATION_DEFINITION
        ? [
            {
              name: definition.name?.value ?? 'the operation',
              fragment: false,
              shape: ofSelectionSet(definition.selectionSet),
            },
          ]
        : definition.kind === Kind.FRAGMENT_DEFINITION
          ? [
              {
                name: definition.name.value,
                fragment: true,
                shape: ofFragment(definition.name.value),
              },
            ]
          : [],
  );
}

/** The first limit a shape breaks, as the error to answer with. */
function shapeError(shape: DocumentShape): AppError | undefined {
  const L = DOCUMENT_LIMITS;
  if (shape.depth > L.maxDepth) {
    return new AppError(
      ErrorCode.QUERY_TOO_DEEP,
      `This query nests ${shape.depth} levels deep; the limit is ${L.maxDepth}.`,
      { depth: shape.depth, limit: L.maxDepth, http: { status: 400 } },
    );
  }
  if (shape.introspectionDepth > L.maxIntrospectionDepth) {
    return new AppError(
      ErrorCode.QUERY_TOO_DEEP,
      `This introspection query nests ${shape.introspectionDepth} levels deep; the limit is ${L.maxIntrospectionDepth}.`,
      {
        depth: shape.introspectionDepth,
        limit: L.maxIntrospectionDepth,
        http: { status: 400 },
      },
    );
  }
  if (shape.aliases > L.maxAliases) {
    return new AppError(
      ErrorCode.TOO_MANY_ALIASES,
      `This query uses ${shape.aliases} aliases; the limit is ${L.maxAliases}.`,
      { aliases: shape.aliases, limit: L.maxAliases, http: { status: 400 } },
    );
  }
  if (shape.introspectionFields > L.maxIntrospectionFields) {
    return new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `This query asks for __schema or __type ${shape.introspectionFields} times; the limit is ${L.maxIntrospectionFields} per operation.`,
      {
        introspectionFields: shape.introspectionFields,
        limit: L.maxIntrospectionFields,
        http: { status: 400 },
      },
    );
  }
  if (shape.fields > L.maxFields) {
    return new AppError(
      ErrorCode.QUERY_TOO_COMPLEX,
      `This query expands to ${shape.fields} fields once its fragments are spread; the limit is ${L.maxFields}.`,
      {
        fields: shape.fields,
        limit: L.maxFields,
        http: { status: 400 },
      },
    );
  }
  return undefined;
}

/**
 * Depth, aliases, expanded fields and introspection of every operation; throws the first broken
 * limit. A fragment is checked through the operations that spread it; on its own (unused ones
 * included, which validation would still walk) only for its expanded size, since its depth
 * depends on where it is spread.
 */
export function checkDocumentShape(document: DocumentNode): void {
  for (const { shape, fragment } of measureDocument(document)) {
    const error = shapeError(fragment ? { ...ZERO, fields: shape.fields } : shape);
    if (error) throw error;
  }
}

const EMPTY_DOCUMENT: DocumentNode = { kind: Kind.DOCUMENT, definitions: [] };

/**
 * checkDocumentShape as a graphql-js validation rule, for Apollo Server's `validationRules`.
 * It acts on entering the Document, before any rule has visited a selection set; when a limit
 * is broken it reports the error and hands the other rules an empty document (visitInParallel:
 * "if a prior visitor edits a node, no following visitors will see that node"), so nothing
 * super-linear runs on it.
 */
export function DocumentLimitsRule(context: ValidationContext): ASTVisitor {
  return {
    Document: {
      enter(document) {
        try {
          checkDocumentShape(document);
        } catch (error) {
          context.reportError(error as AppError);
          return EMPTY_DOCUMENT;
        }
        return undefined;
      },
    },
  };
}
