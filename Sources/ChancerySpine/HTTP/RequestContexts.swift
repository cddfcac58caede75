import ChanceryKit
import Hummingbird
import Logging
import NIOCore

/// The context of every request: the language to answer in, the connection's peer and, once authenticated, the
/// session.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public var language: Language = .en
    public var session: ActiveSession?
    /// The other end of the connection (a client, or a proxy: see `ClientAddress`); nil in in-process tests.
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress
    }

    public var localizer: Localizer { Localizer(language) }
}

/// The context of routes that need a signed-in principal: it cannot be made without one, so a handler
/// receives a non-optional principal and never checks for it.
public struct SignedInContext: ChildRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let session: ActiveSession
    public let language: Language

    public init(context: AppRequestContext) throws {
        guard let session = context.session else { throw AppError.unauthenticated }
        self.coreContext = context.coreContext
        self.session = session
        self.language = context.language
    }

    public var principal: Principal { session.account.principal }
    public var account: UserAccount { session.account }
    public var localizer: Localizer { Localizer(language) }

    /// Refuses the request unless the principal holds the role.
    public func require(_ role: Role) throws {
        guard principal.has(role) else { throw AppError.roleRequired(role) }
    }
}
