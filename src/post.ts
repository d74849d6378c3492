/** Post step: runs only when the workflow run was cancelled (`post-if: cancelled()` in action.yml). */
export async function runPost(): Promise<void> {}
