import { withoutControlCharacters } from "./control-characters.js";

/** A message entity as Telegram counts it: UTF-16 code units from the start of the text. */
interface Entity {
  offset: number;
  length: number;
}

/** Each text field with the field holding its entities, whose offsets must follow the text. */
const ENTITIES_OF: Record<string, string> = { text: "entities", caption: "caption_entities" };

/**
 * The update (or any JSON value) with control characters removed from every string: names,
 * texts, captions, button data. Nobody types them on purpose, and PostgreSQL refuses NUL in
 * text and JSON, so one in a name or an answer would otherwise fail the update wherever it is
 * stored or echoed. Entities (a command's, a mention's) are moved to stay on their words.
 */
export function updateWithoutControlCharacters<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === "string") return withoutControlCharacters(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== "object") return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(source)) result[key] = clean(field);
  for (const [textKey, entitiesKey] of Object.entries(ENTITIES_OF)) {
    const text = source[textKey];
    const entities = source[entitiesKey];
    if (typeof text === "string" && Array.isArray(entities)) result[entitiesKey] = moveEntities(text, entities as Entity[]);
  }
  return result;
}

/** The entities of `text` placed on the same characters once its control characters are gone; emptied ones dropped. */
function moveEntities(text: string, entities: readonly Entity[]): Entity[] {
  const removed: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    if (withoutControlCharacters(text.charAt(index)) === "") removed.push(index);
  }
  if (removed.length === 0) return [...entities];
  const shift = (position: number) => removed.filter((index) => index < position).length;
  return entities
    .map((entity) => {
      const start = entity.offset - shift(entity.offset);
      const end = entity.offset + entity.length - shift(entity.offset + entity.length);
      return { ...entity, offset: start, length: end - start };
    })
    .filter((entity) => entity.length > 0);
}
