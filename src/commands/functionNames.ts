/** The FunctionName values the ribbon's ExecuteFunction actions use; the manifest test checks them. */
export const INSERT_TEMPLATE = "insertTemplate";

export const COMMAND_FUNCTION_NAMES: readonly string[] = [INSERT_TEMPLATE];
