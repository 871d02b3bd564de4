// generated from specs/cloudlx.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import type { MockSpec } from "@cloud-sdks/core/testing";

/** The spec as the testing kit reads it: operations, request schemas, response examples, token flow. */
export const mockSpec: MockSpec = {
  "provider": "cloudlx",
  "spec": "specs/cloudlx.yaml",
  "servers": [
    "https://cloudlx.epsilontel.com",
    "https://democloudlx.epsilontel.com"
  ],
  "oauth2": {
    "grantType": "client_credentials",
    "tokenUrl": "https://cloudlx.epsilontel.com/api/oauth2/access-token",
    "refreshUrl": "https://cloudlx.epsilontel.com/api/oauth2/refresh-token",
    "refreshTokenLifetime": 604800,
    "clientAuthentication": []
  },
  "operations": [
    {
      "operationId": "requestAccessToken",
      "method": "POST",
      "path": "/api/oauth2/access-token",
      "security": [],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/x-www-form-urlencoded",
            "schema": {
              "$ref": "#/$defs/AccessTokenRequest"
            },
            "examples": {
              "clientCredentials": {
                "grant_type": "client_credentials",
                "client_id": "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
                "client_secret": "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS"
              }
            }
          },
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/AccessTokenRequest"
            },
            "examples": {
              "clientCredentials": {
                "grant_type": "client_credentials",
                "client_id": "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
                "client_secret": "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "access_token": "cxl784Nu0NNbsUhotFWNFOyC2noFs7ImlnEtNoCr",
                  "token_type": "Bearer",
                  "expires_in": 3600,
                  "refresh_token": "PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidRequest": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed. Check the \"client_secret\" parameter."
                },
                "unsupportedGrantType": {
                  "error": "unsupported_grant_type",
                  "error_description": "The authorization grant type is not supported by the authorization server."
                },
                "unauthorizedClient": {
                  "error": "unauthorized_client",
                  "error_description": "The client is not authorized to use this grant type."
                },
                "invalidGrant": {
                  "error": "invalid_grant",
                  "error_description": "The provided authorization grant is invalid, expired, revoked or was issued to another client."
                },
                "invalidScope": {
                  "error": "invalid_scope",
                  "error_description": "The requested scope is invalid, unknown, or malformed."
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidClient": {
                  "error": "invalid_client",
                  "error_description": "Client authentication failed."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "refreshAccessToken",
      "method": "POST",
      "path": "/api/oauth2/refresh-token",
      "security": [],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/x-www-form-urlencoded",
            "schema": {
              "$ref": "#/$defs/RefreshTokenRequest"
            },
            "examples": {
              "refreshToken": {
                "grant_type": "refresh_token",
                "refresh_token": "PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ",
                "client_id": "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
                "client_secret": "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS"
              }
            }
          },
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/RefreshTokenRequest"
            },
            "examples": {
              "refreshToken": {
                "grant_type": "refresh_token",
                "refresh_token": "PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ",
                "client_id": "xYrKf2x3qWXm0Zn35l8ki5kRH22IP0RPmLR0TlLB",
                "client_secret": "nykSBHIDynMHrwkGyXWzLFAXYbOVP3EKtk6pprOS"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "access_token": "cxl784Nu0NNbsUhotFWNFOyC2noFs7ImlnEtNoCr",
                  "token_type": "Bearer",
                  "expires_in": 3600,
                  "refresh_token": "PlaIgVUTpQpGKWgRqIXjfNn3GWQzkizPraHQLhGQ"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidRequest": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed. Check the \"refresh_token\" parameter."
                },
                "invalidGrant": {
                  "error": "invalid_grant",
                  "error_description": "The refresh token is invalid or has expired. Request a new access token with the client credentials grant."
                },
                "unsupportedGrantType": {
                  "error": "unsupported_grant_type",
                  "error_description": "The authorization grant type is not supported by the authorization server."
                },
                "unauthorizedClient": {
                  "error": "unauthorized_client",
                  "error_description": "The client is not authorized to use this grant type."
                },
                "invalidScope": {
                  "error": "invalid_scope",
                  "error_description": "The requested scope is invalid, unknown, or malformed."
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidClient": {
                  "error": "invalid_client",
                  "error_description": "Client authentication failed."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listServices",
      "method": "GET",
      "path": "/api/services",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "services": [
                    {
                      "id": 1234,
                      "name": "London AWS primary",
                      "vlan": 20,
                      "nni_vlan": 1020,
                      "created": "2018-07-31 11:11:25",
                      "cancellation_date": null,
                      "bandwidth": "200Mbps",
                      "paused": false,
                      "expired": false,
                      "type": "AWS Direct Connect",
                      "type_short_name": "AWS",
                      "port": {
                        "id": 512,
                        "ref": "clxp-4XaHVRxR",
                        "name": "London - Epsilon Global Hubs London - P3 (1Gbit)",
                        "speed": "1Gbit",
                        "status": "in service"
                      }
                    },
                    {
                      "id": 1644,
                      "name": "LON-AMS interconnect",
                      "vlan": 300,
                      "nni_vlan": null,
                      "created": "2019-02-14 09:30:00",
                      "cancellation_date": "2019-08-14 09:30:00",
                      "bandwidth": "1Gbps",
                      "paused": true,
                      "expired": false,
                      "type": "Inter-port Connection",
                      "type_short_name": "INT",
                      "port": {
                        "id": 2065,
                        "ref": "clxp-0UzFCo24",
                        "name": "London - Epsilon Global Hubs London - P12 (10Gbit)",
                        "speed": "10Gbit",
                        "status": "in service"
                      }
                    }
                  ]
                },
                "empty": {
                  "services": []
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "getService",
      "method": "GET",
      "path": "/api/services/{id}/service",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "id": 1234,
                  "name": "Test Service",
                  "vlan": 20,
                  "nni_vlan": null,
                  "created": "2018-07-31 11:11:25",
                  "cancellation_date": null,
                  "expires": "2019-07-31 11:11:21",
                  "protected": "Protected",
                  "bandwidth": "200Mbps",
                  "paused": false,
                  "expired": false,
                  "type": "Inter-port Connection",
                  "type_short_name": "INT",
                  "status": "in service",
                  "port": {
                    "id": 512,
                    "ref": "clxp-4XaHVRxR",
                    "name": "Test Port",
                    "datacentre_name": "EPUK-EGH4-B72-1 1/3/G13",
                    "speed": "1Gbit",
                    "throughput": 1000000,
                    "committed_bandwidth": "6Mb/sec",
                    "committed_bandwidth_raw": 6000,
                    "remaining_bandwidth": "994Mb/sec",
                    "remaining_bandwidth_raw": 994000,
                    "utilisation": "0.6%",
                    "utilisation_raw": "0.6",
                    "regions": [
                      {
                        "name": "London"
                      },
                      {
                        "name": "United Kingdom"
                      }
                    ],
                    "network_alarms": [
                      {
                        "description": "Link down.",
                        "created_at": "2018-07-06T09:52:17+00:00"
                      }
                    ],
                    "datacentre_datacentre_name": "Epsilon Global Hubs London",
                    "datacentre_city": "London",
                    "datacentre_city_iso": "GB",
                    "status": "in service"
                  },
                  "b_port": {
                    "id": 2065,
                    "ref": "clxp-0UzFCo24",
                    "name": "London - Epsilon Global Hubs London - P12 (10Gbit)",
                    "speed": "10Gbit",
                    "status": "pending cabling",
                    "statistics": []
                  },
                  "csp_status": {
                    "color": "danger",
                    "text": "Not Found",
                    "state": "down"
                  },
                  "statistics": {
                    "ne_fl": {
                      "name": "NE FL",
                      "lastvalue": "0 %",
                      "lastvalue_raw": 0
                    },
                    "jitter": {
                      "name": "Jitter",
                      "lastvalue": "0 us",
                      "lastvalue_raw": 0
                    },
                    "2_way_latency": {
                      "name": "2 way latency",
                      "lastvalue": "0.03 ms",
                      "lastvalue_raw": 25
                    },
                    "discards": {
                      "name": "Discards",
                      "lastvalue": "0 /s",
                      "lastvalue_raw": 0
                    }
                  }
                },
                "noStatistics": {
                  "id": 1700,
                  "name": "Frankfurt Azure",
                  "vlan": 101,
                  "nni_vlan": 2101,
                  "created": "2020-03-02 16:04:51",
                  "cancellation_date": null,
                  "bandwidth": "500Mbps",
                  "paused": false,
                  "expired": false,
                  "type": "Microsoft Azure ExpressRoute",
                  "type_short_name": "MSA",
                  "status": "pending",
                  "port": {
                    "id": 777,
                    "name": "Frankfurt - Equinix FR5 - P1 (10Gbit)"
                  },
                  "statistics": []
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "notFound": {
                  "success": false,
                  "message": "Not found."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "getServiceGraph",
      "method": "GET",
      "path": "/api/services/{id}/graph/{type}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "type",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "graph": {
                    "points": []
                  }
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "notFound": {
                  "success": false,
                  "message": "Not found."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "createService",
      "method": "POST",
      "path": "/api/services/create",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/CreateServiceRequest"
            },
            "examples": {
              "cloudService": {
                "port_id": 512,
                "service_port_id": 3001,
                "product_id": 42,
                "name": "London AWS primary",
                "vlan": 20,
                "aws_account": "123456789012",
                "disable_auto_renew": false
              },
              "interconnectBundled": {
                "port_id": 512,
                "far_end_port_id": 2065,
                "product_id": 43,
                "name": "LON-AMS interconnect",
                "cvlan_mapping_type": "bundled",
                "cvlans": [
                  100,
                  101,
                  102
                ]
              },
              "interconnectTranslation": {
                "port_id": 512,
                "far_end_port_id": 2065,
                "product_id": 43,
                "name": "LON-AMS translated",
                "cvlan_mapping_type": "translation",
                "vlan": 300,
                "translated_vlan": 400,
                "disable_auto_renew": true
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "success": true,
                  "message": "Service created successfully.",
                  "service_id": 1701
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "refused": {
                  "success": false,
                  "message": "The selected port does not have enough remaining bandwidth."
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "422",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidVlan": {
                  "message": "The given data was invalid.",
                  "errors": {
                    "vlan": [
                      "The vlan must be between 1 and 4098."
                    ]
                  }
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "upgradeService",
      "method": "POST",
      "path": "/api/services/{id}/service/upgrade",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/UpgradeServiceRequest"
            },
            "examples": {
              "upgrade": {
                "product_id": 44
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "success": true,
                  "message": "Service upgraded successfully."
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "upgradedToday": {
                  "success": false,
                  "message": "This service has already been upgraded today. Services can be upgraded once a day."
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "notFound": {
                  "success": false,
                  "message": "Not found."
                }
              }
            }
          ]
        },
        {
          "status": "422",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidVlan": {
                  "message": "The given data was invalid.",
                  "errors": {
                    "vlan": [
                      "The vlan must be between 1 and 4098."
                    ]
                  }
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "updateServiceRenewal",
      "method": "PUT",
      "path": "/api/services/{id}/service/renew",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/UpdateServiceRenewalRequest"
            },
            "examples": {
              "disable": {
                "disable_auto_renew": true
              },
              "renewOnto": {
                "disable_auto_renew": false,
                "renewal_product_id": 44
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "success": true,
                  "message": "Service renewal updated."
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "notFound": {
                  "success": false,
                  "message": "Not found."
                }
              }
            }
          ]
        },
        {
          "status": "422",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidVlan": {
                  "message": "The given data was invalid.",
                  "errors": {
                    "vlan": [
                      "The vlan must be between 1 and 4098."
                    ]
                  }
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "getServicePricing",
      "method": "GET",
      "path": "/api/services/pricing",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "port_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "service_port_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "a_datacentre",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "z_datacentre",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "protected",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/FlagInteger"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "products": [
                    {
                      "id": 42,
                      "speed": "200Mbps",
                      "speed_raw": 200000,
                      "period_length": 1,
                      "period_type": "month",
                      "price": 150,
                      "currency": "GBP"
                    },
                    {
                      "id": 44,
                      "speed": "500Mbps",
                      "speed_raw": 500000,
                      "period_length": 12,
                      "period_type": "month",
                      "price": 2950.5,
                      "currency": "GBP"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "422",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidVlan": {
                  "message": "The given data was invalid.",
                  "errors": {
                    "vlan": [
                      "The vlan must be between 1 and 4098."
                    ]
                  }
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listServiceTypes",
      "method": "GET",
      "path": "/api/services/types",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "service_types": [
                    {
                      "id": 20,
                      "name": "Inter-port Connection",
                      "short_name": "INT",
                      "logo_path": null,
                      "regions": "",
                      "category": "INT",
                      "category_id": 3
                    },
                    {
                      "id": 4,
                      "name": "AWS Direct Connect",
                      "short_name": "AWS",
                      "logo_path": "/images/logos/aws.png",
                      "regions": "",
                      "category": "CSP",
                      "category_id": 1,
                      "categories": [
                        {
                          "name": "Cloud Service Providers",
                          "code": "CSP"
                        }
                      ]
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "getServiceType",
      "method": "GET",
      "path": "/api/services/types/{id}/type",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "id": 20,
                  "name": "Inter-port Connection",
                  "short_name": "INT",
                  "logo_path": null,
                  "regions": "",
                  "category": "INT",
                  "category_id": 3
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "notFound": {
                  "success": false,
                  "message": "Not found."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listAvailableServicePorts",
      "method": "GET",
      "path": "/api/services/ports-available",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "datacentre_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "city_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "continent_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "service_type",
          "in": "query",
          "required": false,
          "schema": {
            "type": "string",
            "minLength": 1
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "ports": [
                    {
                      "id": 3001,
                      "ref": "clxp-9KfPq2Lm",
                      "name": "London - AWS Direct Connect - eu-west-2",
                      "speed": "10Gbit",
                      "datacentre_datacentre_name": "Telehouse North",
                      "datacentre_city": "London",
                      "datacentre_city_iso": "GB",
                      "service_type": {
                        "id": 4,
                        "name": "AWS Direct Connect",
                        "short_name": "AWS",
                        "category": "CSP",
                        "category_id": 1
                      },
                      "status": "in service"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listAvailableVlans",
      "method": "GET",
      "path": "/api/services/available-vlans",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "port_id",
          "in": "query",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "service_port_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "secondary_port_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "vlans": [
                    21,
                    22,
                    23,
                    100,
                    4000
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "422",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidVlan": {
                  "message": "The given data was invalid.",
                  "errors": {
                    "vlan": [
                      "The vlan must be between 1 and 4098."
                    ]
                  }
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listPorts",
      "method": "GET",
      "path": "/api/ports",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "ports": [
                    {
                      "id": 512,
                      "ref": "clxp-4XaHVRxR",
                      "name": "Test Port",
                      "speed": "1Gbit",
                      "throughput": 1000000,
                      "utilisation": "0.6%",
                      "utilisation_raw": "0.6",
                      "service_count": 3,
                      "status": "in service"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listAvailablePorts",
      "method": "GET",
      "path": "/api/ports/available",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "datacentre_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "city_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "continent_id",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        },
        {
          "name": "can_enni",
          "in": "query",
          "required": false,
          "schema": {
            "$ref": "#/$defs/FlagInteger"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "ports": [
                    {
                      "id": 88,
                      "name": "Amsterdam - Equinix AM7 - 10Gbit",
                      "speed": "10Gbit",
                      "datacentre_datacentre_name": "Equinix AM7",
                      "datacentre_city": "Amsterdam",
                      "datacentre_city_iso": "NL"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "getPort",
      "method": "GET",
      "path": "/api/ports/{id}/port",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "id",
          "in": "path",
          "required": true,
          "schema": {
            "$ref": "#/$defs/Id"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "id": 512,
                  "ref": "clxp-4XaHVRxR",
                  "name": "Test Port",
                  "datacentre_name": "EPUK-EGH4-B72-1 1/3/G13",
                  "index": 13,
                  "speed": "1Gbit",
                  "throughput": 1000000,
                  "committed_bandwidth": "6Mb/sec",
                  "committed_bandwidth_raw": 6000,
                  "remaining_bandwidth": "994Mb/sec",
                  "remaining_bandwidth_raw": 994000,
                  "utilisation": "0.6%",
                  "utilisation_raw": "0.6",
                  "customer": "Epsilon Telecom",
                  "customer_id": 1,
                  "regions": [
                    {
                      "name": "London"
                    },
                    {
                      "name": "United Kingdom"
                    },
                    {
                      "name": "Europe"
                    }
                  ],
                  "network_alarms": [
                    {
                      "description": "Link down.",
                      "created_at": "2018-07-06T09:52:17+00:00"
                    }
                  ],
                  "services": [
                    {
                      "id": 1644,
                      "name": "TestCommunityPorts"
                    }
                  ],
                  "service_count": 3,
                  "user_can_access": false,
                  "datacentre_datacentre_name": "Epsilon Global Hubs London",
                  "datacentre_city": "London",
                  "datacentre_city_iso": "GB",
                  "status": "in service"
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "404",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "notFound": {
                  "success": false,
                  "message": "Not found."
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "purchasePort",
      "method": "POST",
      "path": "/api/ports/purchase",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/PurchasePortRequest"
            },
            "examples": {
              "unlimited": {
                "model": "unlimited",
                "port_id": 88,
                "name": "AMS core port",
                "term": 12
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "ok": {
                  "success": true,
                  "message": "Port purchased successfully."
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "refused": {
                  "success": false,
                  "message": "The selected port does not have enough remaining bandwidth."
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "missingToken": {
                  "error": "invalid_request",
                  "error_description": "The request is missing a required parameter. Check the \"access token\" parameter."
                },
                "expiredToken": {
                  "error": "access_denied",
                  "error_description": "The resource owner or authorization server denied the request."
                }
              }
            }
          ]
        },
        {
          "status": "422",
          "content": [
            {
              "mediaType": "application/vnd.cloudlx.v1+json",
              "examples": {
                "invalidVlan": {
                  "message": "The given data was invalid.",
                  "errors": {
                    "vlan": [
                      "The vlan must be between 1 and 4098."
                    ]
                  }
                }
              }
            }
          ]
        }
      ]
    }
  ],
  "defs": {
    "AccessTokenRequest": {
      "type": "object",
      "required": [
        "grant_type",
        "client_id",
        "client_secret"
      ],
      "additionalProperties": false,
      "properties": {
        "grant_type": {
          "type": "string",
          "const": "client_credentials"
        },
        "client_id": {
          "$ref": "#/$defs/ClientId"
        },
        "client_secret": {
          "$ref": "#/$defs/ClientSecret"
        }
      }
    },
    "RefreshTokenRequest": {
      "type": "object",
      "required": [
        "grant_type",
        "refresh_token",
        "client_id",
        "client_secret"
      ],
      "additionalProperties": false,
      "properties": {
        "grant_type": {
          "type": "string",
          "const": "refresh_token"
        },
        "refresh_token": {
          "type": "string",
          "minLength": 1
        },
        "client_id": {
          "$ref": "#/$defs/ClientId"
        },
        "client_secret": {
          "$ref": "#/$defs/ClientSecret"
        }
      }
    },
    "ClientId": {
      "type": "string",
      "minLength": 1
    },
    "ClientSecret": {
      "type": "string",
      "minLength": 1,
      "format": "password"
    },
    "TokenResponse": {
      "type": "object",
      "required": [
        "access_token",
        "token_type",
        "expires_in",
        "refresh_token"
      ],
      "properties": {
        "access_token": {
          "type": "string",
          "minLength": 1
        },
        "token_type": {
          "type": "string",
          "const": "Bearer"
        },
        "expires_in": {
          "type": "integer",
          "minimum": 0
        },
        "refresh_token": {
          "type": "string",
          "minLength": 1
        }
      }
    },
    "OAuthError": {
      "type": "object",
      "required": [
        "error"
      ],
      "properties": {
        "error": {
          "type": "string",
          "enum": [
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "invalid_scope"
          ]
        },
        "error_description": {
          "type": "string"
        }
      }
    },
    "UndocumentedError": {
      "type": "object",
      "properties": {
        "success": {
          "type": "boolean"
        },
        "message": {
          "type": "string"
        },
        "error": {
          "type": "string"
        },
        "error_description": {
          "type": "string"
        },
        "errors": {
          "type": "object",
          "additionalProperties": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      }
    },
    "SuccessResponse": {
      "type": "object",
      "required": [
        "success",
        "message"
      ],
      "properties": {
        "success": {
          "type": "boolean"
        },
        "message": {
          "type": "string"
        }
      }
    },
    "ServiceCreated": {
      "allOf": [
        {
          "$ref": "#/$defs/SuccessResponse"
        },
        {
          "type": "object",
          "properties": {
            "service_id": {
              "$ref": "#/$defs/Id"
            }
          }
        }
      ]
    },
    "Id": {
      "type": "integer",
      "minimum": 1
    },
    "FlagInteger": {
      "type": "integer",
      "enum": [
        0,
        1
      ]
    },
    "Vlan": {
      "type": "integer",
      "minimum": 1,
      "maximum": 4098
    },
    "Timestamp": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}"
    },
    "ServiceGraph": {
      "type": "object",
      "required": [
        "graph"
      ],
      "properties": {
        "graph": {}
      }
    },
    "Service": {
      "type": "object",
      "required": [
        "id",
        "name",
        "vlan",
        "created",
        "bandwidth",
        "paused",
        "expired",
        "type",
        "port"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "name": {
          "type": "string"
        },
        "vlan": {
          "oneOf": [
            {
              "$ref": "#/$defs/Vlan"
            },
            {
              "type": "null"
            }
          ]
        },
        "nni_vlan": {
          "oneOf": [
            {
              "$ref": "#/$defs/Vlan"
            },
            {
              "type": "null"
            }
          ]
        },
        "created": {
          "$ref": "#/$defs/Timestamp"
        },
        "cancellation_date": {
          "oneOf": [
            {
              "$ref": "#/$defs/Timestamp"
            },
            {
              "type": "null"
            }
          ]
        },
        "expires": {
          "oneOf": [
            {
              "$ref": "#/$defs/Timestamp"
            },
            {
              "type": "null"
            }
          ]
        },
        "protected": {
          "type": "string"
        },
        "bandwidth": {
          "type": "string"
        },
        "paused": {
          "type": "boolean"
        },
        "expired": {
          "type": "boolean"
        },
        "type": {
          "type": "string"
        },
        "type_short_name": {
          "type": "string"
        },
        "port": {
          "$ref": "#/$defs/Port"
        }
      }
    },
    "ServiceDetail": {
      "allOf": [
        {
          "$ref": "#/$defs/Service"
        },
        {
          "type": "object",
          "required": [
            "status"
          ],
          "properties": {
            "status": {
              "type": "string"
            },
            "statistics": {
              "$ref": "#/$defs/ServiceStatistics"
            },
            "b_port": {
              "$ref": "#/$defs/Port"
            },
            "csp_status": {
              "$ref": "#/$defs/CspStatus"
            }
          }
        }
      ]
    },
    "ServiceStatistics": {
      "anyOf": [
        {
          "type": "object",
          "additionalProperties": {
            "$ref": "#/$defs/ServiceStatistic"
          }
        },
        {
          "type": "array",
          "maxItems": 0,
          "items": {
            "$ref": "#/$defs/ServiceStatistic"
          }
        }
      ]
    },
    "ServiceStatistic": {
      "type": "object",
      "required": [
        "name",
        "lastvalue",
        "lastvalue_raw"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "lastvalue": {
          "type": "string"
        },
        "lastvalue_raw": {
          "type": "number"
        }
      }
    },
    "CspStatus": {
      "type": "object",
      "properties": {
        "color": {
          "type": "string"
        },
        "text": {
          "type": "string"
        },
        "state": {
          "type": "string"
        }
      }
    },
    "ServiceList": {
      "type": "object",
      "required": [
        "services"
      ],
      "properties": {
        "services": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Service"
          }
        }
      }
    },
    "Port": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "ref": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "datacentre_name": {
          "type": "string"
        },
        "index": {
          "type": "integer"
        },
        "speed": {
          "type": "string"
        },
        "throughput": {
          "type": "integer"
        },
        "committed_bandwidth": {
          "type": "string"
        },
        "committed_bandwidth_raw": {
          "type": "integer"
        },
        "remaining_bandwidth": {
          "type": "string"
        },
        "remaining_bandwidth_raw": {
          "type": "integer"
        },
        "utilisation": {
          "type": "string"
        },
        "utilisation_raw": {
          "type": "string"
        },
        "customer": {
          "type": "string"
        },
        "customer_id": {
          "$ref": "#/$defs/Id"
        },
        "regions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Region"
          }
        },
        "network_alarms": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/NetworkAlarm"
          }
        },
        "services": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ServiceReference"
          }
        },
        "service_type": {
          "$ref": "#/$defs/ServiceType"
        },
        "service_count": {
          "type": "integer",
          "minimum": 0
        },
        "user_can_access": {
          "type": "boolean"
        },
        "datacentre_datacentre_name": {
          "type": "string"
        },
        "datacentre_city": {
          "type": "string"
        },
        "datacentre_city_iso": {
          "type": "string"
        },
        "status": {
          "type": "string"
        },
        "statistics": {
          "$ref": "#/$defs/ServiceStatistics"
        }
      }
    },
    "PortList": {
      "type": "object",
      "required": [
        "ports"
      ],
      "properties": {
        "ports": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Port"
          }
        }
      }
    },
    "Region": {
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string"
        }
      }
    },
    "NetworkAlarm": {
      "type": "object",
      "required": [
        "description",
        "created_at"
      ],
      "properties": {
        "description": {
          "type": "string"
        },
        "created_at": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "ServiceReference": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "name": {
          "type": "string"
        }
      }
    },
    "ServiceType": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "name": {
          "type": "string"
        },
        "short_name": {
          "type": "string"
        },
        "logo_path": {
          "type": [
            "string",
            "null"
          ]
        },
        "regions": {
          "type": "string"
        },
        "category": {
          "type": "string"
        },
        "category_id": {
          "$ref": "#/$defs/Id"
        },
        "categories": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ServiceTypeCategory"
          }
        }
      }
    },
    "ServiceTypeCategory": {
      "type": "object",
      "required": [
        "name",
        "code"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "code": {
          "type": "string"
        }
      }
    },
    "ServiceTypeList": {
      "type": "object",
      "required": [
        "service_types"
      ],
      "properties": {
        "service_types": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ServiceType"
          }
        }
      }
    },
    "Product": {
      "type": "object",
      "required": [
        "id",
        "speed",
        "speed_raw",
        "period_length",
        "period_type",
        "price",
        "currency"
      ],
      "properties": {
        "id": {
          "$ref": "#/$defs/Id"
        },
        "speed": {
          "type": "string"
        },
        "speed_raw": {
          "type": "integer",
          "minimum": 0
        },
        "period_length": {
          "type": "integer",
          "minimum": 1
        },
        "period_type": {
          "type": "string"
        },
        "price": {
          "type": "number",
          "minimum": 0
        },
        "currency": {
          "type": "string",
          "pattern": "^[A-Z]{3}$"
        }
      }
    },
    "ProductList": {
      "type": "object",
      "required": [
        "products"
      ],
      "properties": {
        "products": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Product"
          }
        }
      }
    },
    "VlanList": {
      "type": "object",
      "required": [
        "vlans"
      ],
      "properties": {
        "vlans": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Vlan"
          }
        }
      }
    },
    "CreateServiceRequest": {
      "oneOf": [
        {
          "$ref": "#/$defs/CreateCloudServiceRequest"
        },
        {
          "$ref": "#/$defs/CreateInterconnectServiceRequest"
        }
      ]
    },
    "CreateCloudServiceRequest": {
      "type": "object",
      "required": [
        "port_id",
        "service_port_id",
        "product_id",
        "name",
        "vlan"
      ],
      "additionalProperties": false,
      "properties": {
        "port_id": {
          "$ref": "#/$defs/Id"
        },
        "service_port_id": {
          "$ref": "#/$defs/Id"
        },
        "product_id": {
          "$ref": "#/$defs/Id"
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "vlan": {
          "$ref": "#/$defs/Vlan"
        },
        "disable_auto_renew": {
          "type": "boolean",
          "default": false
        },
        "aws_account": {
          "type": "string",
          "pattern": "^[0-9]{12}$"
        },
        "msa_service_key": {
          "type": "string",
          "format": "uuid"
        },
        "secondary_port_id": {
          "$ref": "#/$defs/Id"
        },
        "gcp_project_id": {
          "type": "string"
        },
        "host_ip": {
          "type": "string"
        },
        "link_ip": {
          "type": "string"
        },
        "asn": {
          "type": "integer",
          "minimum": 1
        },
        "md5_session_key": {
          "type": "string"
        },
        "contact_name": {
          "type": "string"
        },
        "contact_email": {
          "type": "string",
          "format": "email"
        },
        "contact_phone": {
          "type": "string"
        }
      }
    },
    "CreateInterconnectServiceRequest": {
      "type": "object",
      "required": [
        "port_id",
        "far_end_port_id",
        "product_id",
        "name",
        "cvlan_mapping_type"
      ],
      "additionalProperties": false,
      "properties": {
        "port_id": {
          "$ref": "#/$defs/Id"
        },
        "far_end_port_id": {
          "$ref": "#/$defs/Id"
        },
        "product_id": {
          "$ref": "#/$defs/Id"
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "cvlan_mapping_type": {
          "type": "string",
          "enum": [
            "bundled",
            "range",
            "translation",
            "virtual-untagged",
            "epline"
          ]
        },
        "cvlans": {
          "type": "array",
          "minItems": 1,
          "uniqueItems": true,
          "items": {
            "$ref": "#/$defs/Vlan"
          }
        },
        "vlan_from": {
          "$ref": "#/$defs/Vlan"
        },
        "vlan_to": {
          "$ref": "#/$defs/Vlan"
        },
        "vlan": {
          "$ref": "#/$defs/Vlan"
        },
        "translated_vlan": {
          "$ref": "#/$defs/Vlan"
        },
        "untagged_port_id": {
          "$ref": "#/$defs/Id"
        },
        "disable_auto_renew": {
          "type": "boolean",
          "default": false
        }
      }
    },
    "UpgradeServiceRequest": {
      "type": "object",
      "required": [
        "product_id"
      ],
      "additionalProperties": false,
      "properties": {
        "product_id": {
          "$ref": "#/$defs/Id"
        }
      }
    },
    "UpdateServiceRenewalRequest": {
      "type": "object",
      "required": [
        "disable_auto_renew"
      ],
      "additionalProperties": false,
      "properties": {
        "disable_auto_renew": {
          "type": "boolean"
        },
        "renewal_product_id": {
          "$ref": "#/$defs/Id"
        }
      }
    },
    "PurchasePortRequest": {
      "type": "object",
      "required": [
        "model",
        "port_id",
        "name",
        "term"
      ],
      "additionalProperties": false,
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "limited",
            "unlimited"
          ]
        },
        "port_id": {
          "$ref": "#/$defs/Id"
        },
        "name": {
          "type": "string",
          "minLength": 1
        },
        "term": {
          "type": "integer",
          "minimum": 1
        }
      }
    }
  }
};
