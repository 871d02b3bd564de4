// generated from specs/cloudmore.yaml by scripts/codegen — do not edit. Run `pnpm generate` to update.

import type { MockSpec } from "@cloud-sdks/core/testing";

/** The spec as the testing kit reads it: operations, request schemas, response examples, token flow. */
export const mockSpec: MockSpec = {
  "provider": "cloudmore",
  "spec": "specs/cloudmore.yaml",
  "servers": [
    "https://api.cloudmore.com",
    "https://api-staging.cloudmore.com"
  ],
  "oauth2": {
    "grantType": "password",
    "tokenUrl": "https://api.cloudmore.com/connect/token",
    "clientAuthentication": [
      "client_secret_basic",
      "client_secret_post"
    ]
  },
  "operations": [
    {
      "operationId": "requestToken",
      "method": "POST",
      "path": "/connect/token",
      "security": [],
      "parameters": [],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/x-www-form-urlencoded",
            "schema": {
              "$ref": "#/$defs/TokenRequest"
            },
            "examples": {
              "clientCredentialsInBody": {
                "grant_type": "password",
                "username": "api.admin@example-reseller.com",
                "password": "N0t-a-real-Pa55word!",
                "scope": "api",
                "client_id": "ro.client",
                "client_secret": "3f6c1d9e-client-secret-from-cloudmore"
              },
              "clientCredentialsAsBasic": {
                "grant_type": "password",
                "username": "api.admin@example-reseller.com",
                "password": "N0t-a-real-Pa55word!",
                "scope": "api"
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
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "access_token": "eyJhbGciOiJSUzI1NiIsImtpZCI6IjhCNEQzQzVFNkY3QTFCMkM5RDBFNEYzQTJCMUMwRDlFIiwidHlwIjoiSldUIn0.eyJuYmYiOjE3MTg3ODQwMDAsImV4cCI6NDEwMjQ0NDgwMCwiaXNzIjoiaHR0cHM6Ly9hcGkuY2xvdWRtb3JlLmNvbSIsImF1ZCI6WyJodHRwczovL2FwaS5jbG91ZG1vcmUuY29tL3Jlc291cmNlcyIsImFwaSJdLCJjbGllbnRfaWQiOiJyby5jbGllbnQiLCJzdWIiOiI1YjdjOWQyZS0xYTNmLTRjNjgtYjRlMi03ZjBhOWQzYzFlODUiLCJhdXRoX3RpbWUiOjE3MTg3ODQwMDAsImlkcCI6ImxvY2FsIiwibmFtZSI6ImFwaS5hZG1pbkBleGFtcGxlLXJlc2VsbGVyLmNvbSIsInJvbGUiOiJTdXBlciBBZG1pbiIsInNjb3BlIjpbImFwaSJdLCJhbXIiOlsicHdkIl19.sAGrH_yf-L2FBZAXsARu6dRD3Cmp9omP8MYRznEP6XMqGon4V43UuiPgyYpytZY6eHsGYeK-1kBWOjN6tfJLGmoqHrAU-Rx-aOmiuuAIWYizMs1D3G3TdVYyCnWfWAIYDsJCDpYq-VtmjIYU1oLfJ21q5xhfMWw-3qdkr1Irj6acCUGEdFED4xYkPgZBnIXe3j412HIkz45r5XgbPwrlx_tVu5rdU1UVyBIObSL9Hkez4RPRfD71WdI9rB_Deg3ne6MglYsRXV6yLXHBS8SP_9se4R2aIE0pDhEXMS5C6SI4lyL-R4I2FElVe1SYlAi8gDsLDztHbd_-gcicEt8SfQ",
                  "expires_in": 86400,
                  "token_type": "Bearer",
                  "scope": "api"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "invalidGrant": {
                  "error": "invalid_grant",
                  "error_description": "The user name or password is incorrect."
                },
                "invalidGrantAsSent": {
                  "error": "invalid_grant",
                  "error_description": " The user name or password is incorrect."
                },
                "invalidScope": {
                  "error": "invalid_scope"
                },
                "unsupportedGrantType": {
                  "error": "unsupported_grant_type"
                },
                "invalidClient": {
                  "error": "invalid_client"
                },
                "invalidRequest": {
                  "error": "invalid_request"
                },
                "unauthorizedClient": {
                  "error": "unauthorized_client"
                }
              }
            }
          ]
        }
      ]
    },
    {
      "operationId": "listOrganizations",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/Organizations",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "showActive",
          "in": "query",
          "required": false,
          "schema": {
            "type": "boolean"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                    "name": "Nordic Widgets AB",
                    "registrationNumber": "556677-8899",
                    "vat": "SE556677889901",
                    "contact": {
                      "name": "Anna Lindqvist",
                      "email": "anna.lindqvist@nordicwidgets.example",
                      "phone": "+46 8 555 123 45",
                      "cellPhone": "+46 70 555 12 34"
                    },
                    "customerNumber": "CUST-10042",
                    "notificationEmail": "it@nordicwidgets.example",
                    "isActive": true
                  },
                  {
                    "id": "a1c3e5f7-2b4d-4f68-9a0c-1e3b5d7f9a2c",
                    "name": "Baltic Bakeries OY",
                    "registrationNumber": "2345678-9",
                    "vat": "FI23456789",
                    "contact": {
                      "name": "Mikko Virtanen",
                      "email": "mikko@balticbakeries.example",
                      "phone": "+358 9 555 0101",
                      "cellPhone": "+358 40 555 0101"
                    },
                    "customerNumber": "CUST-10043",
                    "notificationEmail": "admin@balticbakeries.example",
                    "isActive": true
                  }
                ],
                "empty": []
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "createOrganization",
      "method": "POST",
      "path": "/api/resellers/{resellerId}/Organizations",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/OrganizationInput"
            },
            "examples": {
              "newOrganization": {
                "name": "Nordic Widgets AB",
                "registrationNumber": "556677-8899",
                "vat": "SE556677889901",
                "contact": {
                  "name": "Anna Lindqvist",
                  "email": "anna.lindqvist@nordicwidgets.example",
                  "phone": "+46 8 555 123 45",
                  "cellPhone": "+46 70 555 12 34"
                },
                "customerNumber": "CUST-10042",
                "notificationEmail": "it@nordicwidgets.example"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                  "name": "Nordic Widgets AB",
                  "registrationNumber": "556677-8899",
                  "vat": "SE556677889901",
                  "contact": {
                    "name": "Anna Lindqvist",
                    "email": "anna.lindqvist@nordicwidgets.example",
                    "phone": "+46 8 555 123 45",
                    "cellPhone": "+46 70 555 12 34"
                  },
                  "customerNumber": "CUST-10042",
                  "notificationEmail": "it@nordicwidgets.example",
                  "isActive": true
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getOrganization",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/Organizations/{organizationId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                  "name": "Nordic Widgets AB",
                  "registrationNumber": "556677-8899",
                  "vat": "SE556677889901",
                  "contact": {
                    "name": "Anna Lindqvist",
                    "email": "anna.lindqvist@nordicwidgets.example",
                    "phone": "+46 8 555 123 45",
                    "cellPhone": "+46 70 555 12 34"
                  },
                  "customerNumber": "CUST-10042",
                  "notificationEmail": "it@nordicwidgets.example",
                  "isActive": true
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateOrganization",
      "method": "PUT",
      "path": "/api/resellers/{resellerId}/Organizations/{organizationId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/OrganizationInput"
            },
            "examples": {
              "update": {
                "name": "Nordic Widgets AB",
                "registrationNumber": "556677-8899",
                "vat": "SE556677889901",
                "contact": {
                  "name": "Anna Lindqvist",
                  "email": "anna.lindqvist@nordicwidgets.example",
                  "phone": "+46 8 555 123 45",
                  "cellPhone": "+46 70 555 12 34"
                },
                "customerNumber": "CUST-10042",
                "notificationEmail": "cloud@nordicwidgets.example"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteOrganization",
      "method": "DELETE",
      "path": "/api/resellers/{resellerId}/Organizations/{organizationId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listOrganizationUsers",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/Users",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364",
                    "firstName": "Erik",
                    "lastName": "Johansson",
                    "email": "erik.johansson@nordicwidgets.example",
                    "phone": "+46 70 555 98 76",
                    "roles": [
                      {
                        "id": 1,
                        "name": "Administrator"
                      }
                    ]
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "createOrganizationUser",
      "method": "POST",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/Users",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/OrganizationUserInput"
            },
            "examples": {
              "newUser": {
                "firstName": "Erik",
                "lastName": "Johansson",
                "email": "erik.johansson@nordicwidgets.example",
                "phone": "+46 70 555 98 76",
                "roleIds": [
                  1
                ]
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364",
                  "firstName": "Erik",
                  "lastName": "Johansson",
                  "email": "erik.johansson@nordicwidgets.example",
                  "phone": "+46 70 555 98 76",
                  "roles": [
                    {
                      "id": 1,
                      "name": "Administrator"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getOrganizationUser",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "userId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "8d1e4a27-6b3c-4f59-a2d8-91e7c5b0f364",
                  "firstName": "Erik",
                  "lastName": "Johansson",
                  "email": "erik.johansson@nordicwidgets.example",
                  "phone": "+46 70 555 98 76",
                  "roles": [
                    {
                      "id": 1,
                      "name": "Administrator"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateOrganizationUser",
      "method": "PUT",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "userId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/OrganizationUserInput"
            },
            "examples": {
              "update": {
                "firstName": "Erik",
                "lastName": "Johansson",
                "email": "erik.johansson@nordicwidgets.example",
                "phone": "+46 70 555 98 76",
                "roleIds": [
                  2
                ]
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteOrganizationUser",
      "method": "DELETE",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/Users/{userId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "userId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listOrganizationRoles",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/OrganizationRoles",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": 1,
                    "name": "Administrator"
                  },
                  {
                    "id": 2,
                    "name": "User"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listResellerAdministrators",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/ResellerAdministrators",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85",
                    "firstName": "Sara",
                    "lastName": "Berg",
                    "email": "api.admin@example-reseller.com",
                    "phone": "+46 8 555 000 11",
                    "roleId": 1,
                    "roleName": "Super Admin",
                    "allowRestApiAccess": true
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "createResellerAdministrator",
      "method": "POST",
      "path": "/api/resellers/{resellerId}/ResellerAdministrators",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/ResellerAdministratorInput"
            },
            "examples": {
              "apiAdmin": {
                "firstName": "Sara",
                "lastName": "Berg",
                "email": "api.admin@example-reseller.com",
                "phone": "+46 8 555 000 11",
                "roleId": 1,
                "allowRestApiAccess": true
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85",
                  "firstName": "Sara",
                  "lastName": "Berg",
                  "email": "api.admin@example-reseller.com",
                  "phone": "+46 8 555 000 11",
                  "roleId": 1,
                  "roleName": "Super Admin",
                  "allowRestApiAccess": true
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getResellerAdministrator",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "administratorId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "5b7c9d2e-1a3f-4c68-b4e2-7f0a9d3c1e85",
                  "firstName": "Sara",
                  "lastName": "Berg",
                  "email": "api.admin@example-reseller.com",
                  "phone": "+46 8 555 000 11",
                  "roleId": 1,
                  "roleName": "Super Admin",
                  "allowRestApiAccess": true
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateResellerAdministrator",
      "method": "PUT",
      "path": "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "administratorId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/ResellerAdministratorInput"
            },
            "examples": {
              "revokeApiAccess": {
                "firstName": "Sara",
                "lastName": "Berg",
                "email": "api.admin@example-reseller.com",
                "phone": "+46 8 555 000 11",
                "roleId": 1,
                "allowRestApiAccess": false
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteResellerAdministrator",
      "method": "DELETE",
      "path": "/api/resellers/{resellerId}/ResellerAdministrators/{administratorId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "administratorId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listResellerRoles",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/ResellerRoles",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": 1,
                    "name": "Super Admin"
                  },
                  {
                    "id": 2,
                    "name": "Admin"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listOrganizationServices",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                    "name": "Microsoft 365",
                    "vendorName": "Microsoft",
                    "subscriptions": [
                      {
                        "id": "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
                        "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                        "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                        "productName": "Business Standard (monthly)",
                        "organizationId": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                        "resellerId": "ca6430d3-7f6a-0049-8075-72921f062eb8",
                        "quantity": 25,
                        "status": "Active",
                        "startDate": "2024-06-01T00:00:00Z"
                      }
                    ]
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "addOrganizationService",
      "method": "POST",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/OrganizationServiceInput"
            },
            "examples": {
              "order": {
                "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                "quantity": 25
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "name": "Microsoft 365",
                  "vendorName": "Microsoft",
                  "subscriptions": [
                    {
                      "id": "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
                      "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                      "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                      "productName": "Business Standard (monthly)",
                      "organizationId": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                      "resellerId": "ca6430d3-7f6a-0049-8075-72921f062eb8",
                      "quantity": 25,
                      "status": "Active",
                      "startDate": "2024-06-01T00:00:00Z"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getOrganizationService",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "name": "Microsoft 365",
                  "vendorName": "Microsoft",
                  "subscriptions": [
                    {
                      "id": "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
                      "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                      "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                      "productName": "Business Standard (monthly)",
                      "organizationId": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                      "resellerId": "ca6430d3-7f6a-0049-8075-72921f062eb8",
                      "quantity": 25,
                      "status": "Active",
                      "startDate": "2024-06-01T00:00:00Z"
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateOrganizationService",
      "method": "PUT",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/OrganizationServiceUpdate"
            },
            "examples": {
              "moreSeats": {
                "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                "quantity": 30
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listSubscriptionUsers",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517",
                    "email": "erik.johansson@nordicwidgets.example",
                    "firstName": "Erik",
                    "lastName": "Johansson"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateSubscriptionUser",
      "method": "PUT",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/SubscriptionUserUpdate"
            },
            "examples": {
              "rename": {
                "id": "7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517",
                "email": "erik.johansson@nordicwidgets.example",
                "firstName": "Erik",
                "lastName": "Johanson"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "addSubscriptionUser",
      "method": "POST",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/SubscriptionUserInput"
            },
            "examples": {
              "newUser": {
                "email": "erik.johansson@nordicwidgets.example",
                "firstName": "Erik",
                "lastName": "Johansson"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "7e5c3a1f-9b8d-4c26-a0e4-b6d2f8c4a517",
                  "email": "erik.johansson@nordicwidgets.example",
                  "firstName": "Erik",
                  "lastName": "Johansson"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteSubscriptionUser",
      "method": "DELETE",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/services/{serviceId}/subscriptions/{subscriptionId}/users/{subscriptionUserId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionUserId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listSellerServices",
      "method": "GET",
      "path": "/api/sellers/{sellerId}/services",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                    "name": "Microsoft 365",
                    "vendorName": "Microsoft",
                    "description": "Productivity suite with Office apps, Exchange and Teams.",
                    "categoryId": "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
                    "allowMultipleUsers": true,
                    "customProperties": [
                      {
                        "name": "Tenant domain",
                        "type": "Text",
                        "isRequired": true
                      },
                      {
                        "name": "Seats reserved for admins",
                        "type": "Number",
                        "isRequired": false
                      }
                    ]
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "createSellerService",
      "method": "POST",
      "path": "/api/sellers/{sellerId}/services",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/SellerServiceInput"
            },
            "examples": {
              "newService": {
                "name": "Microsoft 365",
                "vendorName": "Microsoft",
                "description": "Productivity suite with Office apps, Exchange and Teams.",
                "categoryId": "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
                "allowMultipleUsers": true,
                "customProperties": [
                  {
                    "name": "Tenant domain",
                    "type": "Text",
                    "isRequired": true
                  },
                  {
                    "name": "Seats reserved for admins",
                    "type": "Number",
                    "isRequired": false
                  }
                ]
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "name": "Microsoft 365",
                  "vendorName": "Microsoft",
                  "description": "Productivity suite with Office apps, Exchange and Teams.",
                  "categoryId": "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
                  "allowMultipleUsers": true,
                  "customProperties": [
                    {
                      "name": "Tenant domain",
                      "type": "Text",
                      "isRequired": true
                    },
                    {
                      "name": "Seats reserved for admins",
                      "type": "Number",
                      "isRequired": false
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getSellerService",
      "method": "GET",
      "path": "/api/sellers/{sellerId}/services/{serviceId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "name": "Microsoft 365",
                  "vendorName": "Microsoft",
                  "description": "Productivity suite with Office apps, Exchange and Teams.",
                  "categoryId": "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
                  "allowMultipleUsers": true,
                  "customProperties": [
                    {
                      "name": "Tenant domain",
                      "type": "Text",
                      "isRequired": true
                    },
                    {
                      "name": "Seats reserved for admins",
                      "type": "Number",
                      "isRequired": false
                    }
                  ]
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateSellerService",
      "method": "PUT",
      "path": "/api/sellers/{sellerId}/services/{serviceId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/SellerServiceInput"
            },
            "examples": {
              "singleUser": {
                "name": "Microsoft 365",
                "vendorName": "Microsoft",
                "description": "Productivity suite with Office apps, Exchange and Teams.",
                "categoryId": "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
                "allowMultipleUsers": false,
                "customProperties": [
                  {
                    "name": "Tenant domain",
                    "type": "Text",
                    "isRequired": true
                  },
                  {
                    "name": "Seats reserved for admins",
                    "type": "Number",
                    "isRequired": false
                  }
                ]
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteSellerService",
      "method": "DELETE",
      "path": "/api/sellers/{sellerId}/services/{serviceId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listServiceCategories",
      "method": "GET",
      "path": "/api/services/categories",
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
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "categoryId": "4b6e8a0c-3d5f-4e72-8a19-f2b4d6e8c031",
                    "name": "Productivity",
                    "description": "Office suites, email and collaboration."
                  },
                  {
                    "categoryId": "c8e0a2b4-6d1f-4a3c-9e57-b9d1f3a5c7e2",
                    "name": "Security",
                    "description": "Backup, antivirus and identity protection."
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listSellerServiceProducts",
      "method": "GET",
      "path": "/api/sellers/{sellerId}/services/{serviceId}/products",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                    "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                    "name": "Business Standard (monthly)",
                    "description": "Monthly commitment, billed per user.",
                    "sku": "M365-BSTD-M",
                    "price": 11.7,
                    "currency": "EUR"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "createSellerServiceProduct",
      "method": "POST",
      "path": "/api/sellers/{sellerId}/services/{serviceId}/products",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/ProductInput"
            },
            "examples": {
              "newProduct": {
                "name": "Business Standard (monthly)",
                "description": "Monthly commitment, billed per user.",
                "sku": "M365-BSTD-M",
                "price": 11.7,
                "currency": "EUR"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                  "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "name": "Business Standard (monthly)",
                  "description": "Monthly commitment, billed per user.",
                  "sku": "M365-BSTD-M",
                  "price": 11.7,
                  "currency": "EUR"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getSellerServiceProduct",
      "method": "GET",
      "path": "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "productId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                  "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "name": "Business Standard (monthly)",
                  "description": "Monthly commitment, billed per user.",
                  "sku": "M365-BSTD-M",
                  "price": 11.7,
                  "currency": "EUR"
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "updateSellerServiceProduct",
      "method": "PUT",
      "path": "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "productId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/ProductInput"
            },
            "examples": {
              "newPrice": {
                "name": "Business Standard (monthly)",
                "description": "Monthly commitment, billed per user.",
                "sku": "M365-BSTD-M",
                "price": 12.5,
                "currency": "EUR"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteSellerServiceProduct",
      "method": "DELETE",
      "path": "/api/sellers/{sellerId}/services/{serviceId}/products/{productId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "productId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listSellerSubscriptions",
      "method": "GET",
      "path": "/api/sellers/{sellerId}/subscriptions",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
                    "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                    "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                    "productName": "Business Standard (monthly)",
                    "organizationId": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                    "resellerId": "ca6430d3-7f6a-0049-8075-72921f062eb8",
                    "quantity": 25,
                    "status": "Active",
                    "startDate": "2024-06-01T00:00:00Z"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "getSellerSubscription",
      "method": "GET",
      "path": "/api/sellers/{sellerId}/subscriptions/{subscriptionId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": {
                  "id": "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
                  "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                  "productName": "Business Standard (monthly)",
                  "organizationId": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                  "resellerId": "ca6430d3-7f6a-0049-8075-72921f062eb8",
                  "quantity": 25,
                  "status": "Active",
                  "startDate": "2024-06-01T00:00:00Z"
                }
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "deleteSellerSubscription",
      "method": "DELETE",
      "path": "/api/sellers/{sellerId}/subscriptions/{subscriptionId}",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "sellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "subscriptionId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "204",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "listResellerServiceSubscriptions",
      "method": "GET",
      "path": "/api/resellers/{resellerId}/services/{serviceId}/subscriptions",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "serviceId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "responses": [
        {
          "status": "200",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "ok": [
                  {
                    "id": "2d8f0b6a-4e3c-4a15-9b7d-d1c3e5a7f948",
                    "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                    "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                    "productName": "Business Standard (monthly)",
                    "organizationId": "3f2b8c1e-5d4a-4e7b-9a61-0c8d2e4f7b13",
                    "resellerId": "ca6430d3-7f6a-0049-8075-72921f062eb8",
                    "quantity": 25,
                    "status": "Active",
                    "startDate": "2024-06-01T00:00:00Z"
                  }
                ]
              }
            }
          ]
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    },
    {
      "operationId": "createManualBilling",
      "method": "POST",
      "path": "/api/resellers/{resellerId}/organizations/{organizationId}/manualbilling",
      "security": [
        [
          "oauth2"
        ]
      ],
      "parameters": [
        {
          "name": "resellerId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        },
        {
          "name": "organizationId",
          "in": "path",
          "required": true,
          "schema": {
            "type": "string",
            "format": "uuid"
          }
        }
      ],
      "requestBody": {
        "required": true,
        "content": [
          {
            "mediaType": "application/json",
            "schema": {
              "$ref": "#/$defs/ManualBillingInput"
            },
            "examples": {
              "extraSeats": {
                "billingDate": "2024-06-30",
                "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                "quantity": 5,
                "price": 11.7,
                "description": "Pro-rated seats added mid-month"
              }
            }
          }
        ]
      },
      "responses": [
        {
          "status": "201",
          "content": [
            {
              "mediaType": "application/json",
              "examples": {
                "created": {
                  "id": "0f1e2d3c-4b5a-4697-8877-a6b5c4d3e2f1",
                  "billingDate": "2024-06-30",
                  "serviceId": "6c2a8e4f-0d1b-4a97-b3c5-e8f7a1d2c409",
                  "productId": "9a4d6f8b-2c1e-4b3a-a5d7-c0e9f1b8a273",
                  "quantity": 5,
                  "price": 11.7,
                  "description": "Pro-rated seats added mid-month"
                }
              }
            }
          ]
        },
        {
          "status": "400",
          "content": []
        },
        {
          "status": "401",
          "content": []
        },
        {
          "status": "403",
          "content": []
        },
        {
          "status": "404",
          "content": []
        },
        {
          "status": "405",
          "content": []
        },
        {
          "status": "500",
          "content": []
        }
      ]
    }
  ],
  "defs": {
    "TokenRequest": {
      "type": "object",
      "required": [
        "grant_type",
        "username",
        "password",
        "scope"
      ],
      "properties": {
        "grant_type": {
          "const": "password",
          "type": "string"
        },
        "username": {
          "type": "string",
          "minLength": 1
        },
        "password": {
          "type": "string",
          "minLength": 1,
          "format": "password"
        },
        "scope": {
          "const": "api",
          "type": "string"
        },
        "client_id": {
          "type": "string",
          "minLength": 1
        },
        "client_secret": {
          "type": "string",
          "minLength": 1,
          "format": "password"
        }
      },
      "additionalProperties": false
    },
    "TokenResponse": {
      "type": "object",
      "required": [
        "access_token",
        "expires_in",
        "token_type"
      ],
      "properties": {
        "access_token": {
          "type": "string",
          "pattern": "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$"
        },
        "expires_in": {
          "type": "integer",
          "minimum": 1
        },
        "token_type": {
          "type": "string",
          "const": "Bearer"
        },
        "scope": {
          "type": "string"
        }
      }
    },
    "TokenError": {
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
    "Contact": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "maxLength": 200
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "phone": {
          "type": "string"
        },
        "cellPhone": {
          "type": "string"
        }
      }
    },
    "OrganizationInput": {
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "registrationNumber": {
          "type": "string"
        },
        "vat": {
          "type": "string"
        },
        "contact": {
          "$ref": "#/$defs/Contact"
        },
        "customerNumber": {
          "type": "string"
        },
        "notificationEmail": {
          "type": "string",
          "format": "email"
        }
      }
    },
    "Organization": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "registrationNumber": {
          "type": "string"
        },
        "vat": {
          "type": "string"
        },
        "contact": {
          "$ref": "#/$defs/Contact"
        },
        "customerNumber": {
          "type": "string"
        },
        "notificationEmail": {
          "type": "string",
          "format": "email"
        },
        "isActive": {
          "type": "boolean"
        }
      }
    },
    "Role": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "type": "integer",
          "format": "int32",
          "minimum": 1
        },
        "name": {
          "type": "string"
        }
      }
    },
    "OrganizationUserInput": {
      "type": "object",
      "required": [
        "firstName",
        "lastName",
        "email"
      ],
      "properties": {
        "firstName": {
          "type": "string",
          "minLength": 1
        },
        "lastName": {
          "type": "string",
          "minLength": 1
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "phone": {
          "type": "string"
        },
        "roleIds": {
          "type": "array",
          "items": {
            "type": "integer",
            "format": "int32",
            "minimum": 1
          }
        }
      }
    },
    "OrganizationUser": {
      "type": "object",
      "required": [
        "id",
        "email"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "firstName": {
          "type": "string"
        },
        "lastName": {
          "type": "string"
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "phone": {
          "type": "string"
        },
        "roles": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Role"
          }
        }
      }
    },
    "ResellerAdministratorInput": {
      "type": "object",
      "required": [
        "firstName",
        "lastName",
        "email",
        "roleId"
      ],
      "properties": {
        "firstName": {
          "type": "string",
          "minLength": 1
        },
        "lastName": {
          "type": "string",
          "minLength": 1
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "phone": {
          "type": "string"
        },
        "roleId": {
          "type": "integer",
          "format": "int32",
          "minimum": 1
        },
        "allowRestApiAccess": {
          "type": "boolean"
        }
      }
    },
    "ResellerAdministrator": {
      "type": "object",
      "required": [
        "id",
        "email"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "firstName": {
          "type": "string"
        },
        "lastName": {
          "type": "string"
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "phone": {
          "type": "string"
        },
        "roleId": {
          "type": "integer",
          "format": "int32"
        },
        "roleName": {
          "type": "string"
        },
        "allowRestApiAccess": {
          "type": "boolean"
        }
      }
    },
    "OrganizationServiceInput": {
      "type": "object",
      "required": [
        "serviceId",
        "productId",
        "quantity"
      ],
      "properties": {
        "serviceId": {
          "type": "string",
          "format": "uuid"
        },
        "productId": {
          "type": "string",
          "format": "uuid"
        },
        "quantity": {
          "type": "integer",
          "format": "int32",
          "minimum": 1
        }
      }
    },
    "OrganizationServiceUpdate": {
      "type": "object",
      "required": [
        "productId",
        "quantity"
      ],
      "properties": {
        "productId": {
          "type": "string",
          "format": "uuid"
        },
        "quantity": {
          "type": "integer",
          "format": "int32",
          "minimum": 0
        }
      }
    },
    "OrganizationService": {
      "type": "object",
      "required": [
        "serviceId",
        "name"
      ],
      "properties": {
        "serviceId": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "vendorName": {
          "type": "string"
        },
        "subscriptions": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Subscription"
          }
        }
      }
    },
    "SubscriptionUserInput": {
      "type": "object",
      "required": [
        "email"
      ],
      "properties": {
        "email": {
          "type": "string",
          "format": "email"
        },
        "firstName": {
          "type": "string"
        },
        "lastName": {
          "type": "string"
        }
      }
    },
    "SubscriptionUserUpdate": {
      "type": "object",
      "required": [
        "id",
        "email"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "firstName": {
          "type": "string"
        },
        "lastName": {
          "type": "string"
        }
      }
    },
    "SubscriptionUser": {
      "type": "object",
      "required": [
        "id",
        "email"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "email": {
          "type": "string",
          "format": "email"
        },
        "firstName": {
          "type": "string"
        },
        "lastName": {
          "type": "string"
        }
      }
    },
    "CustomProperty": {
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string"
        },
        "type": {
          "type": "string",
          "enum": [
            "Text",
            "Number",
            "Boolean",
            "Email"
          ]
        },
        "isRequired": {
          "type": "boolean"
        }
      }
    },
    "SellerServiceInput": {
      "type": "object",
      "required": [
        "name",
        "vendorName"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "vendorName": {
          "type": "string",
          "minLength": 1
        },
        "description": {
          "type": "string"
        },
        "categoryId": {
          "type": "string",
          "format": "uuid"
        },
        "allowMultipleUsers": {
          "type": "boolean"
        },
        "customProperties": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CustomProperty"
          }
        }
      }
    },
    "SellerService": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "vendorName": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "categoryId": {
          "type": "string",
          "format": "uuid"
        },
        "allowMultipleUsers": {
          "type": "boolean"
        },
        "customProperties": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/CustomProperty"
          }
        }
      }
    },
    "ServiceCategory": {
      "type": "object",
      "required": [
        "categoryId",
        "name"
      ],
      "properties": {
        "categoryId": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "description": {
          "type": "string"
        }
      }
    },
    "ProductInput": {
      "type": "object",
      "required": [
        "name"
      ],
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1
        },
        "description": {
          "type": "string"
        },
        "sku": {
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
    "Product": {
      "type": "object",
      "required": [
        "id",
        "name"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "serviceId": {
          "type": "string",
          "format": "uuid"
        },
        "name": {
          "type": "string"
        },
        "description": {
          "type": "string"
        },
        "sku": {
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
    "Subscription": {
      "type": "object",
      "required": [
        "id",
        "serviceId"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "serviceId": {
          "type": "string",
          "format": "uuid"
        },
        "productId": {
          "type": "string",
          "format": "uuid"
        },
        "productName": {
          "type": "string"
        },
        "organizationId": {
          "type": "string",
          "format": "uuid"
        },
        "resellerId": {
          "type": "string",
          "format": "uuid"
        },
        "quantity": {
          "type": "integer",
          "format": "int32",
          "minimum": 0
        },
        "status": {
          "type": "string",
          "enum": [
            "Pending",
            "Active",
            "Suspended",
            "Cancelled"
          ]
        },
        "startDate": {
          "type": "string",
          "format": "date-time"
        }
      }
    },
    "ManualBillingInput": {
      "type": "object",
      "required": [
        "billingDate",
        "serviceId"
      ],
      "properties": {
        "billingDate": {
          "type": "string",
          "format": "date"
        },
        "serviceId": {
          "type": "string",
          "format": "uuid"
        },
        "productId": {
          "type": "string",
          "format": "uuid"
        },
        "quantity": {
          "type": "integer",
          "format": "int32",
          "minimum": 1
        },
        "price": {
          "type": "number",
          "minimum": 0
        },
        "description": {
          "type": "string"
        }
      }
    },
    "ManualBilling": {
      "type": "object",
      "required": [
        "id",
        "billingDate",
        "serviceId"
      ],
      "properties": {
        "id": {
          "type": "string",
          "format": "uuid"
        },
        "billingDate": {
          "type": "string",
          "format": "date"
        },
        "serviceId": {
          "type": "string",
          "format": "uuid"
        },
        "productId": {
          "type": "string",
          "format": "uuid"
        },
        "quantity": {
          "type": "integer",
          "format": "int32"
        },
        "price": {
          "type": "number"
        },
        "description": {
          "type": "string"
        }
      }
    }
  }
};
