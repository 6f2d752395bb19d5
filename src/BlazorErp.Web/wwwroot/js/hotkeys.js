// Global station hotkeys as in 网店管家: F2 → 订单审核, F3 → 单据打印. The shell decides what each key
// opens (and whether the user may), this script only forwards the key.
window.erpHotkeys = {
  register(dotNet) {
    const handler = (e) => {
      if (e.key === 'F2' || e.key === 'F3') {
        e.preventDefault();
        dotNet.invokeMethodAsync('OnHotkey', e.key);
      }
    };
    window.addEventListener('keydown', handler);
    return { dispose: () => window.removeEventListener('keydown', handler) };
  }
};
