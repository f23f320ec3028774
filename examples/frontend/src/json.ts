/** A value of the JSON scalar (e.g. an audit entry's `before` and `after`). */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };
