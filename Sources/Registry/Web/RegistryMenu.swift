import ChanceryKit
import ChancerySpine

/// The registry's menu, the same on every registry page. Everyone signed in reads the registry (trimmed) and
/// acknowledges their receipts; registering, key material and the muster are the registrars'.
extension RegistryOffice {
    package var menu: [MenuLink] {
        let registrars = MenuLink.anyOf(RecordStore.registrars)
        return [
            MenuLink("desk", "/registry", "reg.desk"),
            MenuLink("records", "/registry/records", "reg.records"),
            MenuLink("register", "/registry/register", "reg.register", for: registrars),
            MenuLink("receipts", "/receipts", "reg.myReceipts"),
            MenuLink("keys", "/registry/key-material", "reg.keyRegister", for: registrars),
            MenuLink("muster", "/registry/muster", "reg.muster", for: registrars),
        ]
    }

    /// Its reference data in the administration console, for administrators only.
    package var adminMenu: [MenuLink] { RegistryAdminController.menu }

    /// Everyone signed in may read the registry, within their label rights.
    package func isOpen(to principal: Principal) -> Bool { true }
}
