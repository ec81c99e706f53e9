import type * as z from 'zod/mini';
import { type Bundle, includableSchemas, type ResourceOf, type SearchableType, searchableSchemas } from './schemas.js';

/** A resource of a search that could not be read: reported so the page can say so, never shown. */
export interface SkippedResource {
  resourceType: string;
  id?: string;
  /** Which elements were wrong, by path (no values: they may be health data). */
  paths: string[];
}

export type IncludedResource = z.infer<(typeof includableSchemas)[keyof typeof includableSchemas]>;

/** One page of a FHIR search, its entries parsed one by one. */
export interface SearchPage<T extends SearchableType> {
  resources: ResourceOf<T>[];
  /** Resources the server added through `_include`, parsed when their type is one we read. */
  included: IncludedResource[];
  skipped: SkippedResource[];
  /** The server's count of all matches, when it gives one. */
  total?: number;
  /** The absolute URL of the next page, when there is one. */
  next?: string;
  /** The search stopped here although the server had more: it reached the client's most pages (`maxPages`). */
  capped?: boolean;
  /** The parameters the server says it searched with (its `self` link), when it gives them. */
  self?: URLSearchParams;
}

const describe = (value: unknown): { resourceType: string; id?: string } => {
  if (typeof value !== 'object' || value === null) return { resourceType: 'unknown' };
  const { resourceType, id } = value as { resourceType?: unknown; id?: unknown };
  return {
    resourceType: typeof resourceType === 'string' ? resourceType : 'unknown',
    ...(typeof id === 'string' ? { id } : {}),
  };
};

const issuePaths = (error: z.core.$ZodError): string[] => [
  ...new Set(error.issues.map((issue) => issue.path.map(String).join('.') || '(resource)')),
];

/**
 * Reads the entries of a searchset Bundle one by one: a malformed resource is reported in `skipped` and the rest
 * still arrive. Entries of another type than the search's are ignored unless they were included (`search.mode`
 * `include`) and of a type we read. OperationOutcome entries (`search.mode` `outcome`) carry no records.
 */
export function parseSearchBundle<T extends SearchableType>(
  bundle: Bundle,
  resourceType: T,
  base: string,
): SearchPage<T> {
  const schema = searchableSchemas[resourceType] as unknown as z.ZodMiniType<ResourceOf<T>>;
  const page: SearchPage<T> = { resources: [], included: [], skipped: [] };
  for (const entry of bundle.entry ?? []) {
    const found = describe(entry.resource);
    if (entry.search?.mode === 'outcome' || found.resourceType === 'OperationOutcome') continue;
    if (found.resourceType === resourceType && entry.search?.mode !== 'include') {
      const parsed = schema.safeParse(entry.resource);
      if (parsed.success) page.resources.push(parsed.data);
      else page.skipped.push({ ...found, paths: issuePaths(parsed.error) });
      continue;
    }
    const includedSchema = includableSchemas[found.resourceType as keyof typeof includableSchemas] as
      z.ZodMiniType<IncludedResource> | undefined;
    if (!includedSchema) continue;
    const parsed = includedSchema.safeParse(entry.resource);
    if (parsed.success) page.included.push(parsed.data);
    else page.skipped.push({ ...found, paths: issuePaths(parsed.error) });
  }
  if (bundle.total !== undefined) page.total = bundle.total;
  const next = bundle.link?.find((link) => link.relation === 'next')?.url;
  if (next) page.next = new URL(next, base).href;
  const self = bundle.link?.find((link) => link.relation === 'self')?.url;
  if (self) {
    try {
      page.self = new URL(self, base).searchParams;
    } catch {
      // A self link that is not a URL says nothing about the search.
    }
  }
  return page;
}
