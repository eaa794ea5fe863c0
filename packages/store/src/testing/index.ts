export { startTcpProxy, type TcpProxy } from "./tcpProxy";
export { type TestDriver, testDrivers } from "./testDrivers";
