/** The phone line's settings: TO BE BUILT (issue 10). */
export function PhoneSettingsScreen() {
  return <h1>Phone line</h1>;
}
