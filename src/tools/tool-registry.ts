/** The tools a viewer knows: the built-in ones plus those an application registers. */
import type { Tool } from './tool.js';

const TOOL_ID = /^[a-z][a-z0-9-]*$/i;

export class ToolRegistry {
  readonly #tools = new Map<string, Tool>();
  /** The list handed out until the next register: the same array, so a toolbar sees "unchanged". */
  #list: Tool[] | undefined;

  constructor(tools: readonly Tool[]) {
    for (const tool of tools) this.register(tool);
  }

  /**
   * Adds `tool`, replacing one with the same id.
   *
   * @throws TypeError when the tool has no valid id or label.
   */
  register(tool: Tool): void {
    if (!tool || typeof tool.id !== 'string' || !TOOL_ID.test(tool.id)) {
      throw new TypeError(`registerTool: a tool needs an id of letters, digits and dashes, got ${JSON.stringify(tool?.id)}`);
    }
    if (typeof tool.label !== 'string' || !tool.label) throw new TypeError(`registerTool: tool "${tool.id}" needs a label`);
    this.#tools.set(tool.id, tool);
    this.#list = undefined;
  }

  get(id: string): Tool | undefined {
    return this.#tools.get(id);
  }

  /** Every tool, in the order registered; the same (frozen) array until a tool is registered. */
  list(): readonly Tool[] {
    return (this.#list ??= Object.freeze([...this.#tools.values()]) as Tool[]);
  }
}
