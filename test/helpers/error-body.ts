/** An error answer without its correlation id (a new one each request), to compare with an expected body. */
export function withoutCorrelation(body: Record<string, unknown>): Record<string, unknown> {
  const { correlationId: _ignored, ...rest } = body;
  return rest;
}
