/** The supervisors' live wallboard: TO BE BUILT (issue 10). */
export function WallboardScreen() {
  return <h1>Wallboard</h1>;
}
