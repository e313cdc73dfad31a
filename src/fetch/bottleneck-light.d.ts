// The light build of Bottleneck (no Redis clustering), the one the throttling plugin itself uses.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
